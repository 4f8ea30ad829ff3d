/**
 * The difference between the schemas of two contracts, computed once: a graph of (base, revision)
 * node pairs reached from the roots (bodies, parameters, headers, payloads). Each pair records what
 * differs locally (matched, added and removed properties; matched, added and removed oneOf/anyOf
 * branches) and edges to the child pairs. Cycles in the schemas are cycles in this graph, so a
 * self-referencing category tree costs one pair and still shows a property removed inside it.
 *
 * After the roots are registered, `finish()` marks every pair from which a local difference can be
 * reached, so the checks walk only the parts of the graph that changed.
 */
import type { NBranch, NProperty, NSchema, SchemaGraph } from '../normalize/schema.js';

export type PathSegment =
  | { kind: 'property'; name: string }
  | { kind: 'items' }
  | { kind: 'additional' }
  | { kind: 'prefix'; index: number }
  | { kind: 'branch'; label: string }
  | { kind: 'then' }
  | { kind: 'else' }
  /** conditions, not payload shapes: compared, but never walked into by the checks */
  | { kind: 'if' }
  | { kind: 'not' };

export interface PropertyMatch {
  name: string;
  base: NProperty;
  rev: NProperty;
  pair: SchemaPair;
}

export interface BranchMatch {
  base: NBranch;
  rev: NBranch;
  label: string;
  pair: SchemaPair;
}

export interface BranchDifference {
  /** the revision's keyword decides how branches combine */
  keyword: 'oneOf' | 'anyOf';
  added: NBranch[];
  removed: NBranch[];
  matched: BranchMatch[];
  /** a plain schema became (or stopped being) one branch of a oneOf/anyOf */
  wrapped: 'base-wrapped' | 'unwrapped' | undefined;
  /** oneOf pairs (matched revision branch, added branch) that a base payload may satisfy together */
  overlaps: Array<{ matched: string; added: string }>;
}

export interface SchemaEdge {
  segment: PathSegment;
  pair: SchemaPair;
}

export interface SchemaPair {
  key: string;
  base: NSchema;
  rev: NSchema;
  /** the types share nothing: structure below is not compared (the type change says it all) */
  incomparable: boolean;
  /** one side is a pure oneOf/anyOf wrapper and the other is not: keywords are compared per branch */
  viaBranches: boolean;
  propertiesAdded: NProperty[];
  propertiesRemoved: NProperty[];
  propertiesMatched: PropertyMatch[];
  branches: BranchDifference | undefined;
  edges: SchemaEdge[];
  /** something differs in this pair itself */
  changed: boolean;
  /** something differs here or below */
  reaches: boolean;
}

export class SchemaDifference {
  private readonly pairs = new Map<string, SchemaPair>();
  private readonly pending: SchemaPair[] = [];
  private next = 0;

  constructor(
    readonly baseGraph: SchemaGraph,
    readonly revGraph: SchemaGraph,
  ) {}

  /** The pair for two schema nodes, computed (with everything below it) on first request. */
  pair(baseId: number, revId: number): SchemaPair {
    const pair = this.lazyPair(baseId, revId);
    this.drain();
    return pair;
  }

  /** Mark the pairs from which a difference is reachable (reverse reachability over the pair graph). */
  finish(): void {
    const parents = new Map<SchemaPair, SchemaPair[]>();
    const queue: SchemaPair[] = [];
    for (const pair of this.pairs.values()) {
      for (const edge of pair.edges) {
        const list = parents.get(edge.pair);
        if (list === undefined) parents.set(edge.pair, [pair]);
        else list.push(pair);
      }
      if (pair.changed) {
        pair.reaches = true;
        queue.push(pair);
      }
    }
    while (queue.length > 0) {
      const pair = queue.pop()!;
      for (const parent of parents.get(pair) ?? []) {
        if (parent.reaches) continue;
        parent.reaches = true;
        queue.push(parent);
      }
    }
  }

  get size(): number {
    return this.pairs.size;
  }

  private lazyPair(baseId: number, revId: number): SchemaPair {
    const key = `${baseId}:${revId}`;
    let pair = this.pairs.get(key);
    if (pair === undefined) {
      pair = {
        key,
        base: this.baseGraph.get(baseId),
        rev: this.revGraph.get(revId),
        incomparable: false,
        viaBranches: false,
        propertiesAdded: [],
        propertiesRemoved: [],
        propertiesMatched: [],
        branches: undefined,
        edges: [],
        changed: false,
        reaches: false,
      };
      this.pairs.set(key, pair);
      this.pending.push(pair);
    }
    return pair;
  }

  /** Compute pairs breadth-first with an explicit queue: deep schemas never grow the call stack. */
  private drain(): void {
    while (this.next < this.pending.length) this.compute(this.pending[this.next++]!);
    this.pending.length = 0;
    this.next = 0;
  }

  private compute(pair: SchemaPair): void {
    const { base, rev } = pair;
    pair.viaBranches = isPureWrapper(base) !== isPureWrapper(rev) && (hasBranches(base) || hasBranches(rev));
    pair.incomparable = !pair.viaBranches && typesDisjoint(base, rev);
    let changed = !pair.viaBranches && keywordsDiffer(base, rev);
    if (!pair.incomparable) {
      if (!pair.viaBranches) changed = this.compareStructure(pair) || changed;
      changed = this.compareBranches(pair) || changed;
    }
    pair.changed = changed;
  }

  private compareStructure(pair: SchemaPair): boolean {
    const { base, rev } = pair;
    let changed = false;
    for (const [name, baseProperty] of base.properties) {
      const revProperty = rev.properties.get(name);
      if (revProperty === undefined) {
        pair.propertiesRemoved.push(baseProperty);
        changed = true;
        continue;
      }
      const child = this.lazyPair(baseProperty.schema, revProperty.schema);
      pair.propertiesMatched.push({ name, base: baseProperty, rev: revProperty, pair: child });
      pair.edges.push({ segment: { kind: 'property', name }, pair: child });
      if (
        base.required.has(name) !== rev.required.has(name) ||
        baseProperty.readOnly !== revProperty.readOnly ||
        baseProperty.writeOnly !== revProperty.writeOnly ||
        baseProperty.deprecated !== revProperty.deprecated
      ) {
        changed = true;
      }
    }
    for (const [name, revProperty] of rev.properties) {
      if (!base.properties.has(name)) {
        pair.propertiesAdded.push(revProperty);
        changed = true;
      }
    }
    // a property required without being declared still constrains the payload
    for (const name of rev.required) if (!base.required.has(name) && !rev.properties.has(name)) changed = true;
    for (const name of base.required) if (!rev.required.has(name) && !base.properties.has(name)) changed = true;
    if (base.items !== undefined && rev.items !== undefined) this.edge(pair, { kind: 'items' }, base.items, rev.items);
    if (base.additional.kind === 'schema' && rev.additional.kind === 'schema') this.edge(pair, { kind: 'additional' }, base.additional.schema, rev.additional.schema);
    const tuple = Math.min(base.prefixItems.length, rev.prefixItems.length);
    for (let i = 0; i < tuple; i++) this.edge(pair, { kind: 'prefix', index: i }, base.prefixItems[i]!, rev.prefixItems[i]!);
    if (base.thenSchema !== undefined && rev.thenSchema !== undefined) this.edge(pair, { kind: 'then' }, base.thenSchema, rev.thenSchema);
    if (base.elseSchema !== undefined && rev.elseSchema !== undefined) this.edge(pair, { kind: 'else' }, base.elseSchema, rev.elseSchema);
    if (base.ifSchema !== undefined && rev.ifSchema !== undefined) this.edge(pair, { kind: 'if' }, base.ifSchema, rev.ifSchema);
    if (base.not !== undefined && rev.not !== undefined) this.edge(pair, { kind: 'not' }, base.not, rev.not);
    return changed;
  }

  private edge(pair: SchemaPair, segment: PathSegment, baseId: number, revId: number): void {
    pair.edges.push({ segment, pair: this.lazyPair(baseId, revId) });
  }

  /**
   * Branches are matched by `$ref` target, then title, then discriminator value, then shape, never
   * by position: reordering a oneOf is no change, and a plain schema wrapped into a oneOf is judged
   * as the branch it became plus the branches that were added.
   */
  private compareBranches(pair: SchemaPair): boolean {
    const { base, rev } = pair;
    if (!hasBranches(base) && !hasBranches(rev)) return false;
    let baseBranches = [...base.oneOf, ...base.anyOf];
    let revBranches = [...rev.oneOf, ...rev.anyOf];
    let wrapped: BranchDifference['wrapped'];
    if (pair.viaBranches && !hasBranches(base)) {
      baseBranches = [selfBranch(base)];
      wrapped = 'base-wrapped';
    } else if (pair.viaBranches && !hasBranches(rev)) {
      revBranches = [selfBranch(rev)];
      wrapped = 'unwrapped';
    }
    const matches = matchBranches(baseBranches, revBranches, base, rev, this.baseGraph, this.revGraph, wrapped !== undefined);
    const keyword: 'oneOf' | 'anyOf' = rev.oneOf.length > 0 ? 'oneOf' : rev.anyOf.length > 0 ? 'anyOf' : base.oneOf.length > 0 ? 'oneOf' : 'anyOf';
    const difference: BranchDifference = { keyword, added: [], removed: [], matched: [], wrapped, overlaps: [] };
    const matchedRev = new Set<NBranch>();
    for (const b of baseBranches) {
      const r = matches.get(b);
      if (r === undefined) {
        difference.removed.push(b);
        continue;
      }
      matchedRev.add(r);
      const child = this.lazyPair(b.schema, r.schema);
      const label = branchLabel(r, this.revGraph);
      difference.matched.push({ base: b, rev: r, label, pair: child });
      pair.edges.push({ segment: { kind: 'branch', label }, pair: child });
    }
    for (const r of revBranches) if (!matchedRev.has(r)) difference.added.push(r);
    if (keyword === 'oneOf' && rev.discriminator === undefined && difference.added.length > 0) {
      for (const m of difference.matched) {
        for (const a of difference.added) {
          if (mayOverlap(this.revGraph, this.revGraph.get(m.rev.schema), this.revGraph.get(a.schema))) {
            difference.overlaps.push({ matched: m.label, added: branchLabel(a, this.revGraph) });
          }
        }
      }
    }
    pair.branches = difference;
    return difference.added.length > 0 || difference.removed.length > 0 || wrapped !== undefined;
  }
}

function hasBranches(schema: NSchema): boolean {
  return schema.oneOf.length > 0 || schema.anyOf.length > 0;
}

/** Only a oneOf/anyOf (and annotations): the branches say everything. */
function isPureWrapper(schema: NSchema): boolean {
  return hasBranches(schema) && schema.types === undefined && schema.properties.size === 0 && schema.enum === undefined && schema.items === undefined;
}

function selfBranch(schema: NSchema): NBranch {
  return { schema: schema.id, refName: schema.name, title: schema.title, at: schema.at };
}

function branchLabel(branch: NBranch, graph: SchemaGraph): string {
  return branch.refName ?? branch.title ?? describeShape(graph.get(branch.schema));
}

function describeShape(schema: NSchema): string {
  if (schema.types === undefined) return 'schema';
  const types = [...schema.types].sort().join('|');
  if (schema.types.has('object') && schema.properties.size > 0) return `${types} {${[...schema.properties.keys()].slice(0, 3).join(', ')}${schema.properties.size > 3 ? ', …' : ''}}`;
  return types;
}

function typesDisjoint(a: NSchema, b: NSchema): boolean {
  if (a.types === undefined || b.types === undefined) return false;
  if (a.types.size === 0 || b.types.size === 0) return false;
  for (const t of a.types) {
    if (b.types.has(t)) return false;
    if ((t === 'integer' && b.types.has('number')) || (t === 'number' && b.types.has('integer'))) return false;
  }
  return true;
}

/** Keyword-level differences the checks report (everything but properties, children and branches). */
function keywordsDiffer(a: NSchema, b: NSchema): boolean {
  return (
    a.never !== b.never ||
    !sameSet(a.types, b.types) ||
    (a.nullable !== undefined && b.nullable !== undefined && a.nullable !== b.nullable) ||
    a.format !== b.format ||
    a.contentEncoding !== b.contentEncoding ||
    a.contentMediaType !== b.contentMediaType ||
    !sameKeys(a.enum, b.enum) ||
    !sameKeys(a.extensibleEnum, b.extensibleEnum) ||
    a.patterns.join('\u0000') !== b.patterns.join('\u0000') ||
    !sameBound(a.maximum, b.maximum) ||
    !sameBound(a.minimum, b.minimum) ||
    a.maxLength !== b.maxLength ||
    a.minLength !== b.minLength ||
    a.maxItems !== b.maxItems ||
    a.minItems !== b.minItems ||
    a.maxProperties !== b.maxProperties ||
    a.minProperties !== b.minProperties ||
    a.multipleOf !== b.multipleOf ||
    a.uniqueItems !== b.uniqueItems ||
    a.additional.kind !== b.additional.kind ||
    a.prefixItems.length !== b.prefixItems.length ||
    (a.not === undefined) !== (b.not === undefined) ||
    (a.ifSchema === undefined) !== (b.ifSchema === undefined) ||
    !sameDiscriminator(a, b) ||
    !sameDependencies(a.dependentRequired, b.dependentRequired) ||
    a.hasDefault !== b.hasDefault ||
    (a.hasDefault && JSON.stringify(a.default) !== JSON.stringify(b.default)) ||
    a.deprecated !== b.deprecated
  );
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}

function sameKeys(a: Map<string, unknown> | undefined, b: Map<string, unknown> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

function sameBound(a: { value: number; exclusive: boolean } | undefined, b: { value: number; exclusive: boolean } | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.value === b.value && a.exclusive === b.exclusive;
}

function sameDiscriminator(a: NSchema, b: NSchema): boolean {
  const x = a.discriminator;
  const y = b.discriminator;
  if (x === undefined || y === undefined) return x === y;
  if (x.propertyName !== y.propertyName || x.mapping.size !== y.mapping.size) return false;
  for (const [k, v] of x.mapping) if (y.mapping.get(k) !== v) return false;
  return true;
}

function sameDependencies(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!sameSet(v, b.get(k))) return false;
  return true;
}

/** Pair base branches with revision branches; unpaired ones were removed or added. */
function matchBranches(
  baseBranches: NBranch[],
  revBranches: NBranch[],
  base: NSchema,
  rev: NSchema,
  baseGraph: SchemaGraph,
  revGraph: SchemaGraph,
  wrapping: boolean,
): Map<NBranch, NBranch> {
  const result = new Map<NBranch, NBranch>();
  const free = new Set(revBranches);
  const take = (b: NBranch, r: NBranch) => {
    result.set(b, r);
    free.delete(r);
  };
  // once per branch, not per pair of branches (the loops below are base × revision)
  const baseValue = perBranch((b) => discriminatorValue(base, b));
  const revValue = perBranch((r) => discriminatorValue(rev, r));
  const baseShape = perBranch((b) => shapeSignature(baseGraph.get(b.schema), baseGraph));
  const revShape = perBranch((r) => shapeSignature(revGraph.get(r.schema), revGraph));
  const passes: Array<(b: NBranch, r: NBranch) => boolean> = [
    (b, r) => b.refName !== undefined && b.refName === r.refName,
    (b, r) => b.title !== undefined && b.title === r.title,
    (b, r) => baseValue(b) !== undefined && baseValue(b) === revValue(r),
    (b, r) => baseShape(b) === revShape(r),
  ];
  for (const pass of passes) {
    for (const b of baseBranches) {
      if (result.has(b)) continue;
      for (const r of free) {
        if (pass(b, r)) {
          take(b, r);
          break;
        }
      }
    }
  }
  // what is left: the most similar shapes of compatible type, best first
  const candidates: Array<{ b: NBranch; r: NBranch; score: number }> = [];
  for (const b of baseBranches) {
    if (result.has(b)) continue;
    for (const r of free) {
      const score = similarity(baseGraph.get(b.schema), revGraph.get(r.schema));
      if (score >= (wrapping ? 0 : 0.5)) candidates.push({ b, r, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const { b, r } of candidates) if (!result.has(b) && free.has(r)) take(b, r);
  return result;
}

/** A function of a branch, computed on first use and remembered. */
function perBranch<T>(compute: (branch: NBranch) => T): (branch: NBranch) => T {
  const known = new Map<NBranch, T>();
  return (branch) => {
    if (!known.has(branch)) known.set(branch, compute(branch));
    return known.get(branch) as T;
  };
}

/** The discriminator value that selects a branch, by mapping or (without mapping) by its name. */
function discriminatorValue(owner: NSchema, branch: NBranch): string | undefined {
  const d = owner.discriminator;
  if (d === undefined || branch.refName === undefined) return undefined;
  for (const [value, target] of d.mapping) if (target === branch.refName) return value;
  return branch.refName;
}

/** A shallow fingerprint: equal for an inline schema and the component it was moved into. */
function shapeSignature(schema: NSchema, graph: SchemaGraph): string {
  const parts = [
    schema.types === undefined ? '*' : [...schema.types].sort().join('|'),
    String(schema.nullable),
    schema.format ?? '',
    schema.enum === undefined ? '' : [...schema.enum.keys()].sort().join(','),
    [...schema.properties.keys()].sort().join(','),
    [...schema.required].sort().join(','),
    schema.items === undefined ? '' : describeType(graph.get(schema.items)),
    schema.patterns.join(','),
    String(schema.maxLength ?? ''),
  ];
  return parts.join(';');
}

function describeType(schema: NSchema): string {
  return schema.types === undefined ? '*' : [...schema.types].sort().join('|');
}

function similarity(a: NSchema, b: NSchema): number {
  if (typesDisjoint(a, b)) return -1;
  const names = new Set([...a.properties.keys(), ...b.properties.keys()]);
  if (names.size === 0) return 0.6;
  let shared = 0;
  for (const n of names) if (a.properties.has(n) && b.properties.has(n)) shared++;
  return shared / names.size;
}

/**
 * Could one payload satisfy both branches? Unless the types are disjoint, a property required by
 * one is unknown to the other, or a required property's fixed values differ, assume it can: oneOf
 * then rejects a payload that used to match exactly one branch.
 */
function mayOverlap(graph: SchemaGraph, a: NSchema, b: NSchema): boolean {
  if (typesDisjoint(a, b)) return false;
  if (a.types !== undefined && b.types !== undefined && !a.types.has('object') && !b.types.has('object')) {
    const scalarEnumsDisjoint = a.enum !== undefined && b.enum !== undefined && [...a.enum.keys()].every((k) => !b.enum!.has(k));
    return !scalarEnumsDisjoint;
  }
  for (const name of b.required) if (!a.properties.has(name) && a.additional.kind !== 'schema') return false;
  for (const name of a.required) if (!b.properties.has(name) && b.additional.kind !== 'schema') return false;
  for (const [name, pa] of a.properties) {
    const pb = b.properties.get(name);
    if (pb === undefined || !(a.required.has(name) || b.required.has(name))) continue;
    const ea = graph.get(pa.schema).enum;
    const eb = graph.get(pb.schema).enum;
    if (ea !== undefined && eb !== undefined && [...ea.keys()].every((k) => !eb.has(k))) return false;
  }
  return true;
}
