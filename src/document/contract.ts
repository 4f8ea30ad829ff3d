/** A contract: one parsed OpenAPI or AsyncAPI document with its `$ref` graph, shared by lint, diff and catalog. */
import type { Detected } from './detect.js';
import type { RefGraph } from './resolve.js';
import type { SourceFile } from './source.js';

export interface Contract extends SourceFile, Detected {
  /** file `$ref`s may not leave this folder */
  projectRoot: string;
  refs: RefGraph;
}
