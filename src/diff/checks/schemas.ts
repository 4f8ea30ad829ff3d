/**
 * Schema checks: one walk per operation and side over the changed part of the schema difference,
 * reporting each kind of change with the level its side gives it. readOnly properties do not exist
 * on the sending side and writeOnly properties do not exist on the receiving side.
 */
import type { NodeLocation } from '../../document/source.js';
import type { SchemaRoot } from '../difference/http.js';
import type { PathSegment, SchemaPair } from '../difference/schemas.js';
import { canonicalJson, describeType, type NProperty, type NSchema } from '../normalize/schema.js';
import { directionOf, SIDES, type Direction, type Side } from '../types.js';
import { sideDocument } from './examples.js';
import { SCHEMA_KINDS, type SchemaKind } from './schema-kinds.js';
import type { ApiDifference, CheckContext, CheckDefinition, CheckFamily } from './types.js';
import { below } from './util.js';

const SIDE_NOUN: Readonly<Record<Side, string>> = {
  request: 'Request data',
  response: 'Response data',
  'received-message': 'Received message',
  'sent-message': 'Sent message',
};

const SIDE_WHERE: Readonly<Record<Side, string>> = {
  request: 'data the client sends (request parameters, headers and bodies; what a webhook subscriber answers)',
  response: 'data the client receives (responses and response headers; webhook and callback payloads)',
  'received-message': 'messages the application receives (AsyncAPI `receive`, 2.x `publish`): other services produce them',
  'sent-message': 'messages the application publishes (AsyncAPI `send`, 2.x `subscribe`): other services consume them',
};

export function schemaCheckId(side: Side, kind: string): string {
  return `${side}-${kind}`;
}

function definitionsOf(kind: SchemaKind): CheckDefinition[] {
  const out: CheckDefinition[] = [];
  for (const side of SIDES) {
    const level = kind.levels[side];
    if (level === undefined) continue;
    const direction = directionOf(side);
    const why = (direction === 'sends' ? kind.why.sends : kind.why.receives) ?? '';
    const root = kind.example.root ?? 'Order';
    out.push({
      id: schemaCheckId(side, kind.kind),
      level,
      family: kind.family,
      side,
      description: `${SIDE_NOUN[side]}: ${kind.summary}`,
      ...(kind.addition ? { addition: true } : {}),
      docs: {
        what: `${kind.what}\n\nThis instance judges ${SIDE_WHERE[side]}.`,
        why,
        bad: { base: sideDocument(side, kind.example.base, root), revision: sideDocument(side, kind.example.bad, root) },
        good: { base: sideDocument(side, kind.example.base, root), revision: sideDocument(side, kind.example.good, root) },
      },
    });
  }
  return out;
}

interface Visit {
  pair: SchemaPair;
  side: Side;
  direction: Direction;
  path: string;
  root: SchemaRoot;
  operation: { key: string; label: string };
  context: CheckContext;
}

export const schemaFamily: CheckFamily = {
  definitions: SCHEMA_KINDS.flatMap(definitionsOf),
  run(diff, context) {
    for (const { operation, roots } of operationRoots(diff)) walk(operation, roots, context);
  },
};

function operationRoots(diff: ApiDifference): Array<{ operation: { key: string; label: string }; roots: SchemaRoot[] }> {
  const matched: ReadonlyArray<{ key: string; rev: { label: string }; schemaRoots: SchemaRoot[] }> = diff.operations.matched;
  return matched.map((m) => ({ operation: { key: m.key, label: m.rev.label }, roots: m.schemaRoots }));
}

/**
 * Breadth-first, so each change is reported on its shortest path; each pair once per operation
 * and side, so a component shared by the 200 and 201 responses, or a cycle, is reported once.
 */
function walk(operation: { key: string; label: string }, roots: SchemaRoot[], context: CheckContext): void {
  const seen = new Map<Side, Set<SchemaPair>>();
  const queue: Visit[] = [];
  for (const root of roots) {
    if (!root.pair.reaches) continue;
    queue.push({ pair: root.pair, side: root.side, direction: directionOf(root.side), path: '', root, operation, context });
  }
  for (let i = 0; i < queue.length; i++) {
    const visit = queue[i]!;
    let visited = seen.get(visit.side);
    if (visited === undefined) seen.set(visit.side, (visited = new Set()));
    if (visited.has(visit.pair)) continue;
    visited.add(visit.pair);
    inspect(visit);
    for (const next of children(visit)) if (next.pair.reaches && !visited.has(next.pair)) queue.push({ ...visit, pair: next.pair, path: extend(visit.path, next.segment) });
  }
}

function visible(property: NProperty, direction: Direction): boolean {
  return direction === 'sends' ? !property.readOnly : !property.writeOnly;
}

function children(visit: Visit): Array<{ segment: PathSegment; pair: SchemaPair }> {
  const out: Array<{ segment: PathSegment; pair: SchemaPair }> = [];
  for (const m of visit.pair.propertiesMatched) {
    if (visible(m.base, visit.direction) && visible(m.rev, visit.direction)) out.push({ segment: { kind: 'property', name: m.name }, pair: m.pair });
  }
  for (const edge of visit.pair.edges) if (edge.segment.kind !== 'property' && !isCondition(edge.segment)) out.push(edge);
  return out;
}

function isCondition(segment: PathSegment): boolean {
  return segment.kind === 'if' || segment.kind === 'not';
}

export function extend(path: string, segment: PathSegment): string {
  switch (segment.kind) {
    case 'property':
      return path === '' ? segment.name : `${path}.${segment.name}`;
    case 'items':
      return `${path}[]`;
    case 'additional':
      return `${path}.*`;
    case 'prefix':
      return `${path}[${segment.index}]`;
    case 'branch':
      return `${path}(${segment.label})`;
    case 'then':
      return `${path}(then)`;
    case 'else':
      return `${path}(else)`;
    case 'if':
      return `${path}(if)`;
    case 'not':
      return `${path}(not)`;
  }
}

/** Report one kind of change at this visit (or at one of its properties). */
function emit(visit: Visit, kind: string, detail: string, where: { base?: NodeLocation | undefined; rev?: NodeLocation | undefined; property?: string }): void {
  const path = where.property !== undefined ? extend(visit.path, { kind: 'property', name: where.property }) : visit.path;
  const subject = path === '' ? visit.root.subject : `${visit.root.subject} '${path}'`;
  visit.context.report({
    checkId: schemaCheckId(visit.side, kind),
    message: `${visit.operation.label} ${subject}: ${detail}`,
    operation: visit.operation,
    ...(where.base !== undefined ? { base: where.base } : {}),
    ...(where.rev !== undefined ? { revision: where.rev } : {}),
    at: `${visit.root.subjectKey}#${path}`,
  });
}

function both(visit: Visit, keyword: string) {
  return { base: below(visit.pair.base.at, keyword), rev: below(visit.pair.rev.at, keyword) };
}

function inspect(visit: Visit): void {
  const { pair } = visit;
  if (!pair.changed && !pair.edges.some((e) => isCondition(e.segment) && e.pair.reaches)) return;
  if (!pair.viaBranches) {
    inspectType(visit);
    if (!pair.incomparable) {
      inspectValues(visit);
      inspectBounds(visit);
      inspectObject(visit);
      inspectComposition(visit);
    }
  }
  if (!pair.incomparable) {
    inspectProperties(visit);
    inspectBranches(visit);
  }
}

// ---- types, formats, nullability ----------------------------------------------------------------

type Relation = 'same' | 'widened' | 'narrowed' | 'changed';

function covers(types: ReadonlySet<string> | undefined, t: string): boolean {
  return types === undefined || types.has(t) || (t === 'integer' && types.has('number'));
}

function typeRelation(b: NSchema, r: NSchema): Relation {
  const bt = b.never ? new Set<string>() : b.types;
  const rt = r.never ? new Set<string>() : r.types;
  const bInR = bt === undefined ? rt === undefined : [...bt].every((t) => covers(rt, t));
  const rInB = rt === undefined ? bt === undefined : [...rt].every((t) => covers(bt, t));
  if (bInR && rInB) return 'same';
  if (bInR) return 'widened';
  if (rInB) return 'narrowed';
  return 'changed';
}

const WIDER_FORMATS: Readonly<Record<string, readonly string[]>> = {
  int32: ['int64'],
  float: ['double'],
};

function formatRelation(b: string | undefined, r: string | undefined): Relation {
  if (b === r) return 'same';
  if (b === undefined) return 'narrowed';
  if (r === undefined) return 'widened';
  if (WIDER_FORMATS[b]?.includes(r)) return 'widened';
  if (WIDER_FORMATS[r]?.includes(b)) return 'narrowed';
  return 'changed';
}

function inspectType(visit: Visit): void {
  const { base, rev } = visit.pair;
  const relation = typeRelation(base, rev);
  const detail = `type ${relation === 'changed' ? 'changed' : relation} from ${describeType(base)} to ${describeType(rev)}`;
  if (relation === 'changed') emit(visit, 'type-changed', detail, both(visit, 'type'));
  else if (relation === 'widened') emit(visit, 'type-widened', detail, both(visit, 'type'));
  else if (relation === 'narrowed') emit(visit, 'type-narrowed', detail, both(visit, 'type'));
  if (visit.pair.incomparable) return;
  const format = formatRelation(base.format, rev.format);
  const fmt = (f: string | undefined) => (f === undefined ? 'none' : f);
  if (format !== 'same') emit(visit, `format-${format}`, `format ${format} from ${fmt(base.format)} to ${fmt(rev.format)}`, both(visit, 'format'));
  for (const keyword of ['contentEncoding', 'contentMediaType'] as const) {
    if (base[keyword] !== rev[keyword]) emit(visit, 'format-changed', `${keyword} changed from ${fmt(base[keyword])} to ${fmt(rev[keyword])}`, both(visit, keyword));
  }
  if (base.nullable !== undefined && rev.nullable !== undefined && base.nullable !== rev.nullable) {
    emit(visit, rev.nullable ? 'became-nullable' : 'became-not-nullable', rev.nullable ? 'became nullable' : 'is no longer nullable', both(visit, 'type'));
  }
}

// ---- enums ---------------------------------------------------------------------------------------

function listValues(values: Iterable<unknown>): string {
  const shown = [...values].slice(0, 5).map((v) => (typeof v === 'string' ? `'${v}'` : canonicalJson(v)));
  return shown.join(', ');
}

function inspectValues(visit: Visit): void {
  const { base, rev } = visit.pair;
  const where = both(visit, 'enum');
  if (base.enum === undefined && rev.enum !== undefined) emit(visit, 'became-enum', `now restricted to ${listValues(rev.enum.values())}`, where);
  else if (base.enum !== undefined && rev.enum === undefined) emit(visit, 'enum-removed', `no longer restricted to ${listValues(base.enum.values())}`, where);
  else if (base.enum !== undefined && rev.enum !== undefined) {
    const added = [...rev.enum].filter(([k]) => !base.enum!.has(k)).map(([, v]) => v);
    const removed = [...base.enum].filter(([k]) => !rev.enum!.has(k)).map(([, v]) => v);
    if (added.length > 0) emit(visit, 'enum-value-added', `enum value${added.length > 1 ? 's' : ''} ${listValues(added)} added`, where);
    if (removed.length > 0) emit(visit, 'enum-value-removed', `enum value${removed.length > 1 ? 's' : ''} ${listValues(removed)} removed`, where);
  }
  const bx = base.extensibleEnum;
  const rx = rev.extensibleEnum;
  if (bx !== undefined && rx !== undefined) {
    const xwhere = both(visit, 'x-extensible-enum');
    const added = [...rx].filter(([k]) => !bx.has(k)).map(([, v]) => v);
    const removed = [...bx].filter(([k]) => !rx.has(k)).map(([, v]) => v);
    if (added.length > 0) emit(visit, 'extensible-enum-value-added', `x-extensible-enum value${added.length > 1 ? 's' : ''} ${listValues(added)} added`, xwhere);
    if (removed.length > 0) emit(visit, 'enum-value-removed', `x-extensible-enum value${removed.length > 1 ? 's' : ''} ${listValues(removed)} removed`, xwhere);
  }
  if (visit.direction === 'sends' && (base.hasDefault || rev.hasDefault) && !(base.hasDefault && rev.hasDefault && canonicalJson(base.default) === canonicalJson(rev.default))) {
    if (base.hasDefault && rev.hasDefault) emit(visit, 'default-changed', `default changed from ${listValues([base.default])} to ${listValues([rev.default])}`, both(visit, 'default'));
    else if (base.hasDefault) emit(visit, 'default-changed', `default ${listValues([base.default])} removed`, both(visit, 'default'));
  }
}

// ---- bounds --------------------------------------------------------------------------------------

const COUNT_BOUNDS: ReadonlyArray<{ keyword: 'maxLength' | 'maxItems' | 'maxProperties' | 'minLength' | 'minItems' | 'minProperties'; name: string; upper: boolean }> = [
  { keyword: 'maxLength', name: 'max-length', upper: true },
  { keyword: 'minLength', name: 'min-length', upper: false },
  { keyword: 'maxItems', name: 'max-items', upper: true },
  { keyword: 'minItems', name: 'min-items', upper: false },
  { keyword: 'maxProperties', name: 'max-properties', upper: true },
  { keyword: 'minProperties', name: 'min-properties', upper: false },
];

function inspectBounds(visit: Visit): void {
  const { base, rev } = visit.pair;
  for (const { keyword, name, upper } of COUNT_BOUNDS) {
    const b = base[keyword];
    const r = rev[keyword];
    if (b === r) continue;
    const fmt = (v: number | undefined) => (v === undefined ? 'none' : String(v));
    const tighter = upper ? (b === undefined || (r !== undefined && r < b)) : (b === undefined || (r !== undefined && r > b));
    const kind = tighter === upper ? `${name}-decreased` : `${name}-increased`;
    // min-length set from nothing to 0 allows the same values
    if (!upper && ((b === undefined && r === 0) || (r === undefined && b === 0))) continue;
    emit(visit, kind, `${keyword} ${r === undefined ? `removed (was ${fmt(b)})` : b === undefined ? `set to ${fmt(r)}` : `changed from ${fmt(b)} to ${fmt(r)}`}`, both(visit, keyword));
  }
  inspectNumericBound(visit, 'maximum', true);
  inspectNumericBound(visit, 'minimum', false);
  const bm = base.multipleOf;
  const rm = rev.multipleOf;
  if (bm !== rm) {
    const divides = (a: number, b: number) => Math.abs(b / a - Math.round(b / a)) < 1e-9;
    // rev allows a subset when every multiple of rm is a multiple of bm
    const narrower = bm === undefined || (rm !== undefined && divides(bm, rm));
    const wider = rm === undefined || (bm !== undefined && divides(rm, bm));
    const detail = `multipleOf ${rm === undefined ? `removed (was ${bm})` : bm === undefined ? `set to ${rm}` : `changed from ${bm} to ${rm}`}`;
    const where = both(visit, 'multipleOf');
    if (narrower) emit(visit, 'multiple-of-narrowed', detail, where);
    else if (wider) emit(visit, 'multiple-of-widened', detail, where);
    else emit(visit, visit.direction === 'sends' ? 'multiple-of-narrowed' : 'multiple-of-widened', detail, where);
  }
  if (base.uniqueItems !== rev.uniqueItems) emit(visit, rev.uniqueItems ? 'unique-items-added' : 'unique-items-removed', rev.uniqueItems ? 'items must now be unique' : 'items no longer need to be unique', both(visit, 'uniqueItems'));
  const bp = base.patterns;
  const rp = rev.patterns;
  if (bp.join('\u0000') !== rp.join('\u0000')) {
    const where = both(visit, 'pattern');
    const addedOnly = bp.every((p) => rp.includes(p));
    const removedOnly = rp.every((p) => bp.includes(p));
    if (addedOnly) emit(visit, 'pattern-added', `pattern ${rp.filter((p) => !bp.includes(p)).map((p) => `'${p}'`).join(', ')} added`, where);
    else if (removedOnly) emit(visit, 'pattern-removed', `pattern ${bp.filter((p) => !rp.includes(p)).map((p) => `'${p}'`).join(', ')} removed`, where);
    else emit(visit, 'pattern-changed', `pattern changed from ${bp.map((p) => `'${p}'`).join(', ')} to ${rp.map((p) => `'${p}'`).join(', ')}`, where);
  }
}

function inspectNumericBound(visit: Visit, name: 'maximum' | 'minimum', upper: boolean): void {
  const b = visit.pair.base[name];
  const r = visit.pair.rev[name];
  if (b === undefined && r === undefined) return;
  if (b !== undefined && r !== undefined && b.value === r.value && b.exclusive === r.exclusive) return;
  const fmt = (v: { value: number; exclusive: boolean }) => `${v.value}${v.exclusive ? ' (exclusive)' : ''}`;
  let tighter: boolean;
  if (b === undefined) tighter = true;
  else if (r === undefined) tighter = false;
  else if (b.value !== r.value) tighter = upper ? r.value < b.value : r.value > b.value;
  else tighter = r.exclusive;
  const kind = tighter === upper ? `${name}-decreased` : `${name}-increased`;
  const detail = `${name} ${r === undefined ? `removed (was ${fmt(b!)})` : b === undefined ? `set to ${fmt(r)}` : `changed from ${fmt(b)} to ${fmt(r)}`}`;
  const keyword = upper ? 'exclusiveMaximum' : 'exclusiveMinimum';
  const where = both(visit, name);
  emit(visit, kind, detail, { base: where.base ?? below(visit.pair.base.at, keyword), rev: where.rev ?? below(visit.pair.rev.at, keyword) });
}

// ---- objects -------------------------------------------------------------------------------------

function inspectObject(visit: Visit): void {
  const { base, rev } = visit.pair;
  const b = base.additional.kind;
  const r = rev.additional.kind;
  if (b !== r) {
    const where = both(visit, 'additionalProperties');
    const narrower = (b === 'open' && r !== 'open') || (b === 'schema' && r === 'closed');
    if (narrower) emit(visit, 'additional-properties-closed', r === 'closed' ? 'no longer accepts undeclared properties (additionalProperties: false)' : 'undeclared properties must now match a schema', where);
    else emit(visit, 'additional-properties-opened', r === 'open' ? 'now accepts any undeclared property' : 'now accepts undeclared properties that match a schema', where);
  }
  const bd = base.dependentRequired;
  const rd = rev.dependentRequired;
  for (const [name, set] of rd) {
    const added = [...set].filter((x) => !(bd.get(name)?.has(x) ?? false));
    if (added.length > 0) emit(visit, 'dependent-required-added', `when '${name}' is present, ${added.map((a) => `'${a}'`).join(', ')} must now be present too`, both(visit, 'dependentRequired'));
  }
  for (const [name, set] of bd) {
    const removed = [...set].filter((x) => !(rd.get(name)?.has(x) ?? false));
    if (removed.length > 0) emit(visit, 'dependent-required-removed', `when '${name}' is present, ${removed.map((a) => `'${a}'`).join(', ')} no longer has to be`, both(visit, 'dependentRequired'));
  }
  if (rev.prefixItems.length > base.prefixItems.length) emit(visit, 'prefix-items-added', `tuple now constrains ${rev.prefixItems.length} positions (was ${base.prefixItems.length})`, both(visit, 'prefixItems'));
  else if (rev.prefixItems.length < base.prefixItems.length) emit(visit, 'prefix-items-removed', `tuple now constrains ${rev.prefixItems.length} positions (was ${base.prefixItems.length})`, both(visit, 'prefixItems'));
}

function inspectComposition(visit: Visit): void {
  const { base, rev } = visit.pair;
  if ((base.ifSchema === undefined) !== (rev.ifSchema === undefined)) emit(visit, 'conditional-changed', rev.ifSchema !== undefined ? 'an if/then/else condition was added' : 'the if/then/else condition was removed', both(visit, 'if'));
  else if (base.ifSchema !== undefined && rev.ifSchema !== undefined && conditionChanged(visit, 'if')) emit(visit, 'conditional-changed', 'the if condition changed', both(visit, 'if'));
  if ((base.not === undefined) !== (rev.not === undefined)) emit(visit, 'not-changed', rev.not !== undefined ? 'a not schema was added' : 'the not schema was removed', both(visit, 'not'));
  else if (base.not !== undefined && rev.not !== undefined && conditionChanged(visit, 'not')) emit(visit, 'not-changed', 'the not schema changed', both(visit, 'not'));
  const bd = base.discriminator;
  const rd = rev.discriminator;
  const where = both(visit, 'discriminator');
  if (bd === undefined && rd !== undefined) emit(visit, 'discriminator-added', `discriminator '${rd.propertyName}' added`, where);
  else if (bd !== undefined && rd === undefined) emit(visit, 'discriminator-removed', `discriminator '${bd.propertyName}' removed`, where);
  else if (bd !== undefined && rd !== undefined) {
    if (bd.propertyName !== rd.propertyName) {
      emit(visit, 'discriminator-property-changed', `discriminator property changed from '${bd.propertyName}' to '${rd.propertyName}'`, where);
      return;
    }
    const baseValues = discriminatorValues(base);
    const revValues = discriminatorValues(rev);
    const renamed = new Map((visit.pair.branches?.matched ?? []).map((m) => [m.base.refName, m.rev.refName]));
    const revBranchNames = new Set([...rev.oneOf, ...rev.anyOf].map((b) => b.refName));
    for (const [value, target] of revValues) {
      const old = baseValues.get(value);
      if (old === undefined) emit(visit, 'discriminator-value-added', `discriminator value '${value}' added`, where);
      else if (old !== target && renamed.get(old) !== target && revBranchNames.has(old)) emit(visit, 'discriminator-mapping-changed', `discriminator value '${value}' now selects ${target} instead of ${old}`, where);
    }
    for (const value of baseValues.keys()) if (!revValues.has(value)) emit(visit, 'discriminator-value-removed', `discriminator value '${value}' removed`, where);
  }
}

/** Explicit mapping entries plus the implicit ones (a branch's component name). */
function discriminatorValues(schema: NSchema): Map<string, string> {
  const out = new Map(schema.discriminator?.mapping ?? []);
  const targets = new Set(out.values());
  for (const branch of [...schema.oneOf, ...schema.anyOf]) if (branch.refName !== undefined && !targets.has(branch.refName)) out.set(branch.refName, branch.refName);
  return out;
}

/** Whether the `if` or `not` sub-schema differs anywhere below. */
function conditionChanged(visit: Visit, kind: 'if' | 'not'): boolean {
  return visit.pair.edges.some((e) => e.segment.kind === kind && e.pair.reaches);
}

// ---- properties ----------------------------------------------------------------------------------

function inspectProperties(visit: Visit): void {
  const { pair, direction } = visit;
  const { base, rev } = pair;
  const closedNow = rev.additional.kind === 'closed';
  const closedBefore = base.additional.kind === 'closed';
  for (const p of pair.propertiesRemoved) {
    if (!visible(p, direction)) continue;
    const where = { base: p.at, property: p.name };
    if (direction === 'sends' && closedNow) emit(visit, 'property-now-rejected', 'property removed; the object no longer accepts undeclared properties, so sending it fails', where);
    else emit(visit, 'property-removed', base.required.has(p.name) ? 'required property removed' : 'property removed', where);
  }
  for (const p of pair.propertiesAdded) {
    if (!visible(p, direction)) continue;
    reportAdded(visit, p, rev.required.has(p.name), closedBefore);
  }
  for (const m of pair.propertiesMatched) {
    const vb = visible(m.base, direction);
    const vr = visible(m.rev, direction);
    const where = { base: m.base.at, rev: m.rev.at, property: m.name };
    if (!vb && !vr) continue;
    if (vb && !vr) {
      if (direction === 'sends') emit(visit, 'property-became-read-only', 'became readOnly: clients can no longer set it', where);
      else emit(visit, 'property-became-write-only', 'became writeOnly: it is no longer returned', where);
      continue;
    }
    if (!vb && vr) {
      reportAdded(visit, m.rev, rev.required.has(m.name), closedBefore, direction === 'sends' ? 'no longer readOnly' : 'no longer writeOnly');
      continue;
    }
    const rb = base.required.has(m.name);
    const rr = rev.required.has(m.name);
    if (!rb && rr) emit(visit, 'property-became-required', m.rev.hasDefault ? 'became required (its default does not help: a required property must be sent)' : 'became required', where);
    else if (rb && !rr) emit(visit, 'property-became-optional', 'became optional', where);
    if (!m.base.deprecated && m.rev.deprecated) emit(visit, 'property-deprecated', 'deprecated', where);
  }
  for (const name of rev.required) {
    if (base.required.has(name) || rev.properties.has(name) || base.properties.has(name)) continue;
    emit(visit, 'required-property-added', 'required, although no such property is declared', { rev: below(rev.at, 'required'), property: name });
  }
}

function reportAdded(visit: Visit, p: NProperty, required: boolean, closedBefore: boolean, note?: string): void {
  const where = { rev: p.at, property: p.name };
  const suffix = note !== undefined ? ` (${note})` : '';
  if (required) {
    const detail = p.hasDefault && visit.direction === 'sends' ? 'new required property (its default does not help: a required property must be sent)' : 'new required property';
    emit(visit, 'required-property-added', detail + suffix, where);
  } else if (visit.direction === 'receives' && closedBefore) emit(visit, 'property-added-to-closed-object', `new property in an object that was closed (additionalProperties: false)${suffix}`, where);
  else emit(visit, 'property-added', `new optional property${suffix}`, where);
}

// ---- oneOf / anyOf -------------------------------------------------------------------------------

function inspectBranches(visit: Visit): void {
  const branches = visit.pair.branches;
  if (branches === undefined) return;
  const keyword = branches.keyword;
  const label = (b: { refName: string | undefined; title: string | undefined }) => b.refName ?? b.title ?? 'an inline schema';
  for (const b of branches.added) {
    const detail = branches.wrapped === 'base-wrapped' ? `now a ${keyword} that also accepts ${label(b)}` : `${keyword} branch ${label(b)} added`;
    emit(visit, 'branch-added', detail, { rev: b.at });
  }
  for (const b of branches.removed) {
    const detail = branches.wrapped === 'unwrapped' ? `no longer a ${keyword}: ${label(b)} is not accepted any more` : `${keyword} branch ${label(b)} removed`;
    emit(visit, 'branch-removed', detail, { base: b.at });
  }
  if (visit.direction === 'sends') {
    for (const o of branches.overlaps) {
      emit(visit, 'one-of-branches-overlap', `payloads valid for ${o.matched} may also match the added branch ${o.added}, and oneOf accepts exactly one`, { rev: below(visit.pair.rev.at, 'oneOf') });
    }
  }
}

export type { SchemaKind };
