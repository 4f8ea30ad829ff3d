/** A parsed YAML or JSON file: a contract, or a fragment that a contract `$ref`s. */
import type { Syntax } from './parse.js';
import type { PositionIndex } from './positions.js';
import type { JsonPath } from './pointer.js';

export interface SourceFile {
  /** the path as the user gave or we found it (relative to the working directory when inside it) */
  file: string;
  /** absolute path, or the URL of a remote document: the identity of the file */
  uri: string;
  text: string;
  data: unknown;
  syntax: Syntax;
  positions: PositionIndex;
}

/** A node in some file. */
export interface NodeLocation {
  source: SourceFile;
  path: string[];
}

export interface ResolvedNode extends NodeLocation {
  value: unknown;
}

export type { JsonPath };
