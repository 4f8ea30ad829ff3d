/**
 * Structural comparison of flattened schemas (see shape.ts): the canonical copy against its
 * system of record (X3), a consumer's payload against a producer's (X6, X10). Only types,
 * formats, patterns, enum domains and required-ness are compared; text never is.
 */
import type { Severity } from '../../lint/finding.js';
import type { Shape, ShapeEntry } from '../facts.js';
import { displayPath, indexShape, parentPath } from '../shape.js';

export type ShapeIssueKind = 'missing' | 'optional' | 'type' | 'format' | 'enum' | 'unknown-enum' | 'pattern';

export interface ShapeIssue {
  kind: ShapeIssueKind;
  severity: Severity;
  path: string;
  message: string;
  /** the node in the copy or consumer */
  subject: ShapeEntry;
  /** the node in the reference (system of record or producer); the nearest parent when it is absent there */
  reference: ShapeEntry | null;
}

function typesText(types: readonly string[]): string {
  return types.length === 0 ? 'untyped' : types.join('|');
}

function describeNode(entry: ShapeEntry): string {
  return `${typesText(entry.types)}${entry.format !== null ? ` (${entry.format})` : ''}`;
}

function lastName(path: string): string {
  const segment = path.slice(path.lastIndexOf('/') + 1);
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The nearest entry of `path` or its parents present in the index. */
function nearest(index: Map<string, ShapeEntry>, path: string): ShapeEntry | null {
  for (let p = path; ; p = parentPath(p)) {
    const entry = index.get(p);
    if (entry !== undefined) return entry;
    if (p === '') return null;
  }
}

/** What kind of value a node is, for messages: money and time fields are named as such. */
function fieldKind(index: Map<string, ShapeEntry>, entry: ShapeEntry): string {
  if (entry.format === 'date-time' || entry.format === 'date') return 'time field';
  const children = [...['amount', 'value', 'amountMinor'], ...['currency', 'currencyCode']].filter((n) => index.has(`${entry.path}/${n}`));
  if (children.some((c) => ['amount', 'value', 'amountMinor'].includes(c)) && children.some((c) => c.startsWith('currency'))) return 'money field';
  return 'property';
}

/**
 * X3: a copy of a canonical entity against the system of record's schema. Incompatible: a shared
 * node with another type, format or enum domain; a canonical id with another pattern; a node the
 * copy requires that the system of record does not have. Extra optional nodes are a projection.
 */
export function canonicalDrift(sor: Shape, copy: Shape, canonicalIds: ReadonlySet<string>): ShapeIssue[] {
  const sorIndex = indexShape(sor);
  const issues: ShapeIssue[] = [];
  for (const entry of copy.entries) {
    const reference = sorIndex.get(entry.path);
    const where = displayPath(entry.path);
    if (reference === undefined) {
      // below a node of unknown shape in the system of record (untyped, a broken $ref) nothing can be told
      const parent = entry.path === '' ? undefined : sorIndex.get(parentPath(entry.path));
      const parentInSor = parent !== undefined && parent.types.length > 0;
      if (entry.required && parentInSor && !sor.truncated) {
        issues.push({ kind: 'missing', severity: 'error', path: entry.path, message: `${where} is required here but the system of record has no such property`, subject: entry, reference: nearest(sorIndex, entry.path) });
      }
      continue;
    }
    const kind = fieldKind(sorIndex, reference);
    if (entry.types.length > 0 && reference.types.length > 0 && !sameSet(entry.types, reference.types)) {
      issues.push({ kind: 'type', severity: 'error', path: entry.path, message: `${kind} ${where} is ${describeNode(entry)} here but ${describeNode(reference)} in the system of record`, subject: entry, reference });
      continue;
    }
    if (entry.format !== null && reference.format !== null && entry.format !== reference.format) {
      issues.push({ kind: 'format', severity: 'error', path: entry.path, message: `${kind} ${where} has format ${entry.format} here but ${reference.format} in the system of record`, subject: entry, reference });
      continue;
    }
    if (entry.enum !== null && (reference.enum === null || !sameSet(entry.enum, reference.enum))) {
      const sorValues = reference.enum === null ? 'any value' : reference.enum.join(', ');
      issues.push({ kind: 'enum', severity: 'error', path: entry.path, message: `${where} allows ${entry.enum.join(', ')} here but ${sorValues} in the system of record`, subject: entry, reference });
      continue;
    }
    if (canonicalIds.has(lastName(entry.path)) && entry.pattern !== reference.pattern && entry.pattern !== null && reference.pattern !== null) {
      issues.push({ kind: 'pattern', severity: 'error', path: entry.path, message: `canonical id ${where} has pattern ${entry.pattern} here but ${reference.pattern} in the system of record`, subject: entry, reference });
    }
  }
  return issues;
}

/** Can a consumer that declares `consumer` types read what a producer declaring `producer` sends? */
function accepts(consumer: readonly string[], producer: readonly string[]): boolean {
  if (consumer.length === 0 || producer.length === 0) return true;
  return producer.every((t) => consumer.includes(t) || (t === 'integer' && consumer.includes('number')));
}

/**
 * X6: what a consumer expects against what the producer sends. Errors: a node the consumer
 * requires that the producer lacks or marks optional; a shared node of another type; a value the
 * producer may send that the consumer's enum rejects. Warning: an enum value the consumer expects
 * that the producer never declares.
 */
export function payloadMismatch(producer: Shape, consumer: Shape): ShapeIssue[] {
  const producerIndex = indexShape(producer);
  const issues: ShapeIssue[] = [];
  for (const entry of consumer.entries) {
    const reference = producerIndex.get(entry.path);
    const where = displayPath(entry.path);
    if (reference === undefined) {
      const parent = entry.path === '' ? undefined : producerIndex.get(parentPath(entry.path));
      if (entry.required && parent !== undefined && parent.types.length > 0 && !producer.truncated) {
        issues.push({ kind: 'missing', severity: 'error', path: entry.path, message: `the consumer requires ${where} but the producer does not send it`, subject: entry, reference: parent });
      }
      continue;
    }
    if (entry.required && entry.path !== '' && !reference.required && !entry.path.endsWith('/[]')) {
      issues.push({ kind: 'optional', severity: 'error', path: entry.path, message: `the consumer requires ${where} but the producer marks it optional`, subject: entry, reference });
    }
    if (!accepts(entry.types, reference.types)) {
      issues.push({ kind: 'type', severity: 'error', path: entry.path, message: `${where} is ${typesText(reference.types)} from the producer but the consumer expects ${typesText(entry.types)}`, subject: entry, reference });
      continue;
    }
    if (entry.enum !== null && reference.enum !== null) {
      const unexpected = reference.enum.filter((v) => !entry.enum!.includes(v));
      if (unexpected.length > 0) {
        issues.push({ kind: 'enum', severity: 'error', path: entry.path, message: `the producer may send ${where} = ${unexpected.join(', ')}, which the consumer does not accept`, subject: entry, reference });
      }
      const unknown = entry.enum.filter((v) => !reference.enum!.includes(v));
      if (unknown.length > 0) {
        issues.push({ kind: 'unknown-enum', severity: 'warn', path: entry.path, message: `the consumer expects ${where} = ${unknown.join(', ')}, which the producer never declares`, subject: entry, reference });
      }
    }
  }
  return issues;
}

/** X10: two producers of one event type whose payloads a single consumer could not both read. */
export function incompatiblePayloads(a: Shape, b: Shape): ShapeIssue | undefined {
  const incompatible = (i: ShapeIssue) => i.kind === 'missing' || i.kind === 'type' || i.kind === 'enum';
  return payloadMismatch(a, b).find(incompatible) ?? payloadMismatch(b, a).find(incompatible);
}
