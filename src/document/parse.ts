/**
 * Read and parse one YAML or JSON file, once. Guards against the inputs that make naive tools hang
 * or crash: oversized files, binary or non-UTF-8 bytes, alias bombs and absurd nesting.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { InputError } from './errors.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { JsonPositionIndex, LineIndex, YamlEventLog, YamlPositionIndex, type PositionIndex } from './positions.js';

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Deeper documents are refused: real contracts stay far below, and deep trees overflow recursive tools. */
export const MAX_DEPTH = 512;
/** An alias-expanded tree this many times larger than the written one is refused (billion laughs). */
const ALIAS_EXPANSION_FACTOR = 10;
const ALIAS_EXPANSION_FLOOR = 100_000;

export type Syntax = 'json' | 'yaml';

export interface ParsedText {
  data: unknown;
  syntax: Syntax;
  positions: PositionIndex;
}

// YAML 1.2 core schema (no timestamps: `x-sunset: 2026-12-31` stays a string) plus merge keys.
const YAML_SCHEMA = jsyaml.CORE_SCHEMA.extend([(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge]);

export function syntaxFor(file: string, text: string): Syntax {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function readTextFile(absPath: string, displayName: string, maxBytes: number): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('not-found', 'file not found', displayName);
    throw new InputError('unreadable', `cannot read file (${code ?? 'error'})`, displayName);
  }
  if (stat.isDirectory()) throw new InputError('unreadable', 'is a directory, not a file', displayName);
  if (stat.size > maxBytes) throw tooLargeError(stat.size, maxBytes, displayName);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absPath);
  } catch (error) {
    throw new InputError('unreadable', `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, displayName);
  }
  return decodeText(bytes, displayName);
}

/** A file over the size limit, on disk or at a git commit. */
export function tooLargeError(size: number, maxBytes: number, displayName: string): InputError {
  return new InputError('too-large', `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-file-size or maxFileSize in apigov.yaml)`, displayName);
}

export function decodeText(bytes: Uint8Array, displayName: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError('binary', `binary content (NUL byte at offset ${nul}), not a YAML or JSON text file`, displayName);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
    throw new InputError('encoding', `not valid UTF-8 (invalid byte at offset ${offset})`, displayName, line);
  }
  // TextDecoder strips a leading BOM already; a second one would be content.
  if (text.trim() === '') throw new InputError('empty', 'file is empty', displayName);
  return text;
}

export function parseText(text: string, displayName: string, syntax: Syntax): ParsedText {
  if (syntax === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      const problem = findJsonSyntaxError(text) ?? { offset: 0, message: 'not valid JSON' };
      const at = new LineIndex(text).position(problem.offset);
      throw new InputError('syntax', `invalid JSON: ${problem.message} (column ${at.column})`, displayName, at.line);
    }
    checkShape(data, displayName, false);
    return { data, syntax, positions: new JsonPositionIndex(text) };
  }
  const log = new YamlEventLog();
  let aliases = 0;
  let data: unknown;
  try {
    data = jsyaml.load(text, {
      schema: YAML_SCHEMA,
      filename: displayName,
      maxDepth: MAX_DEPTH,
      listener(event, state) {
        const open = event === 'open';
        log.record(open, state.position, open ? undefined : state.result);
        // an alias closes with kind null and a non-null (shared) value
        if (!open && state.kind === null && state.result !== null && typeof state.result === 'object') aliases++;
      },
    } as jsyaml.LoadOptions);
  } catch (error) {
    if (error instanceof jsyaml.YAMLException) {
      const mark = (error as jsyaml.YAMLException & { mark?: { line: number } }).mark;
      const reason = (error as jsyaml.YAMLException & { reason?: string }).reason ?? 'syntax error';
      if (/maxDepth/.test(reason)) throw new InputError('too-deep', `nesting deeper than ${MAX_DEPTH} levels`, displayName, mark ? mark.line + 1 : undefined);
      throw new InputError('syntax', `invalid YAML: ${reason}`, displayName, mark ? mark.line + 1 : undefined);
    }
    if (error instanceof RangeError) throw new InputError('too-deep', 'document nesting is too deep to parse', displayName);
    throw error;
  }
  // js-yaml already refused nesting deeper than maxDepth while loading; only aliases (shared
  // subtrees) can make the data deeper or larger than the text, so only then is the tree walked
  if (aliases > 0) checkShape(data, displayName, true);
  return { data, syntax, positions: new YamlPositionIndex(text, log, data) };
}

/**
 * A YAML configuration file (apigov.yaml, estate.yaml), read with the same size, binary and UTF-8
 * guards as contracts. Undefined when the file is empty; a missing file is a 'not-found' error with
 * the message `notFound`; a syntax error is a 'config' error.
 */
export function parseConfigFile(file: string, display: string, notFound: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ParsedText | undefined {
  let text: string;
  try {
    text = readTextFile(file, display, maxBytes);
  } catch (error) {
    if (error instanceof InputError && error.code === 'empty') return undefined;
    if (error instanceof InputError && error.code === 'not-found') throw new InputError('not-found', notFound, display);
    throw error;
  }
  try {
    return parseText(text, display, 'yaml');
  } catch (error) {
    if (error instanceof InputError) throw new InputError('config', error.message, display, error.line);
    throw error;
  }
}

/** Depth limit for every document; expansion limit for YAML documents that use aliases. */
function checkShape(data: unknown, displayName: string, hasAliases: boolean): void {
  if (data === null || typeof data !== 'object') return;
  const stack: Array<[unknown, number]> = [[data, 1]];
  const seen = hasAliases ? new Set<object>() : undefined;
  let unique = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) throw new InputError('too-deep', `nesting deeper than ${MAX_DEPTH} levels`, displayName);
    if (seen !== undefined) {
      if (seen.has(node as object)) continue;
      seen.add(node as object);
    }
    unique++;
    const values = Array.isArray(node) ? node : Object.values(node as object);
    for (const value of values) if (value !== null && typeof value === 'object') stack.push([value, depth + 1]);
  }
  if (seen === undefined) return;
  const expanded = expandedSize(data, new Map());
  if (expanded > ALIAS_EXPANSION_FLOOR && expanded > ALIAS_EXPANSION_FACTOR * unique) {
    throw new InputError('alias-bomb', `YAML aliases expand ${unique} nodes to about ${expanded.toExponential(1)} (alias bomb); refused`, displayName);
  }
}

/** Node count with every alias expanded, computed on the shared graph (memoized, so it never expands). */
function expandedSize(node: unknown, memo: Map<object, number>): number {
  if (node === null || typeof node !== 'object') return 1;
  const known = memo.get(node);
  if (known !== undefined) return known;
  let size = 1;
  const values = Array.isArray(node) ? node : Object.values(node);
  for (const value of values) size += expandedSize(value, memo);
  memo.set(node, size);
  return size;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (error path only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} bytes`;
}

/** `100MB`, `512kb`, `1048576` → bytes. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return value > 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (m === null) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
