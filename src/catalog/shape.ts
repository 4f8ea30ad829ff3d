/**
 * A schema flattened for structural comparison across contracts: every node of the fully
 * dereferenced schema (allOf merged, `$ref`s followed, cycles cut) as a (path, type, format,
 * pattern, enum, required) entry. Only the structure is kept: descriptions and examples are never read.
 */
import type { Contract } from '../document/contract.js';
import { encodeSegment, toPointer } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { effectiveSchema } from '../model/index.js';
import { derefAt, locationKey } from '../model/located.js';
import type { Shape, ShapeEntry } from './facts.js';

export interface ShapeLimits {
  /** nesting depth below which the walk stops (recursive or absurdly deep schemas) */
  maxDepth: number;
  /** entries per shape (a huge payload is compared on its first entries only) */
  maxEntries: number;
}

export const DEFAULT_SHAPE_LIMITS: ShapeLimits = { maxDepth: 12, maxEntries: 2000 };

export function shapeOf(contract: Contract, start: ResolvedNode, limits: ShapeLimits = DEFAULT_SHAPE_LIMITS): Shape {
  const entries: ShapeEntry[] = [];
  let truncated = false;
  // schemas on the current path from the root: a schema met again below itself is a cycle
  const onPath = new Set<string>();

  const visit = (written: ResolvedNode, path: string, required: boolean, depth: number): void => {
    if (entries.length >= limits.maxEntries) {
      truncated = true;
      return;
    }
    const node = derefAt(contract, written.value, written);
    if (node.value === null || typeof node.value !== 'object' || Array.isArray(node.value)) {
      // `true`/`false` schemas and broken refs: an entry with no type, so presence still compares
      entries.push(entryAt(written, path, required, [], null, null, null, null));
      return;
    }
    const schema = effectiveSchema(contract, node);
    const types = new Set([...schema.types].filter((t) => t !== 'null'));
    if (types.size === 0 && schema.properties.size > 0) types.add('object');
    if (types.size === 0 && schema.items !== undefined) types.add('array');
    if (types.size === 0) for (const branch of schema.branches) for (const t of effectiveSchema(contract, branch).types) if (t !== 'null') types.add(t);
    const constValue = schema.keyword('const');
    const enumValues = schema.enum ?? (constValue !== undefined ? [constValue] : undefined);
    const maxLength = schema.keyword('maxLength');
    entries.push(
      entryAt(
        written,
        path,
        required,
        [...types].sort(),
        schema.format ?? null,
        schema.pattern ?? null,
        enumValues === undefined ? null : [...new Set(enumValues.map((v) => JSON.stringify(v)))].sort(),
        typeof maxLength === 'number' ? maxLength : null,
      ),
    );
    const keys = schema.parts.map(locationKey);
    if (keys.some((k) => onPath.has(k))) return;
    if (depth >= limits.maxDepth) {
      if (schema.properties.size > 0 || schema.items !== undefined) truncated = true;
      return;
    }
    for (const k of keys) onPath.add(k);
    for (const [name, property] of schema.properties) {
      visit(property.at, `${path}/${encodeSegment(name)}`, schema.required.has(name), depth + 1);
    }
    if (schema.items !== undefined) visit(schema.items, `${path}/[]`, false, depth + 1);
    for (const k of keys) onPath.delete(k);
  };

  visit(start, '', true, 0);
  return { entries, truncated };
}

function entryAt(
  at: ResolvedNode,
  path: string,
  required: boolean,
  types: string[],
  format: string | null,
  pattern: string | null,
  enumValues: string[] | null,
  maxLength: number | null,
): ShapeEntry {
  return { path, types, format, pattern, enum: enumValues, maxLength, required, file: at.source.file, pointer: toPointer(at.path) };
}

const indexes = new WeakMap<Shape, Map<string, ShapeEntry>>();
const fingerprints = new WeakMap<Shape, string>();

/** Entries by path, for lookups while comparing two shapes (built once per shape). */
export function indexShape(shape: Shape): Map<string, ShapeEntry> {
  let byPath = indexes.get(shape);
  if (byPath === undefined) {
    byPath = new Map<string, ShapeEntry>();
    for (const entry of shape.entries) if (!byPath.has(entry.path)) byPath.set(entry.path, entry);
    indexes.set(shape, byPath);
  }
  return byPath;
}

/** The parent path of an entry path (`/a/b` → `/a`, `/a` → `''`). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '' : path.slice(0, slash);
}

/** A readable name for a shape path: `lines[].sku`. */
export function displayPath(path: string): string {
  if (path === '') return '(root)';
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
    .replace(/\.\[\]/g, '[]');
}

/**
 * A stable fingerprint of a shape's structure, locations left out: equal fingerprints compare equal,
 * so the estate checks compare each distinct pair of shapes once, and the catalog counts variants.
 */
export function shapeFingerprint(shape: Shape): string {
  let fingerprint = fingerprints.get(shape);
  if (fingerprint === undefined) {
    fingerprint = shape.entries
      .map((e) => `${e.path}|${e.types.join(',')}|${e.format ?? ''}|${e.pattern ?? ''}|${e.enum?.join(',') ?? ''}|${e.maxLength ?? ''}|${e.required ? 1 : 0}`)
      .sort()
      .join('\n');
    if (shape.truncated) fingerprint += '\n(truncated)';
    fingerprints.set(shape, fingerprint);
  }
  return fingerprint;
}
