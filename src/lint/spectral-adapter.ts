/**
 * Feed spectral-core what it needs without letting it parse or resolve again.
 *
 * - ContractDocument: a spectral Document over the already parsed data. Positions are not computed
 *   here: the engine computes them in one batch, for reported nodes only.
 * - ContractResolver: a spectral resolver over apigov's RefGraph. Rules that need a resolved document
 *   (typically from `spectral:oas`) get one built from the graph, with the ref map spectral uses to
 *   report at definitions; when no active rule needs it, resolution costs nothing.
 */
import { Document, type Ruleset } from '@stoplight/spectral-core';
import type { IRange } from '@stoplight/types';
import * as formats from '@stoplight/spectral-formats';
import { pathToPointer } from '@stoplight/json';
import type { Contract } from '../document/contract.js';
import { isRef, type RefGraph } from '../document/resolve.js';
import { toPointer } from '../document/pointer.js';
import type { SourceFile } from '../document/source.js';

type FormatFn = (document: unknown, source: string | null) => boolean;

const ALL_FORMATS: FormatFn[] = Object.values(formats).filter((f): f is FormatFn => typeof f === 'function');

interface PassthroughParseResult {
  data: unknown;
  diagnostics: never[];
  ast: null;
  lineMap: null;
}

const passthroughParser = {
  parse: (input: unknown) => ({ data: input, diagnostics: [], ast: null, lineMap: null }) as PassthroughParseResult,
  getLocationForJsonPath: () => undefined,
  trapAccess: <T>(obj: T) => obj,
};

export class ContractDocument extends Document {
  private resultCount = 0;

  constructor(readonly contract: Contract) {
    super(contract.data as string, passthroughParser as never, contract.uri);
    // Formats come from apigov's own detection, so spectral neither re-detects nor warns.
    this.formats = new Set(ALL_FORMATS.filter((f) => safeFormat(f, contract.data, contract.uri))) as never;
  }

  /**
   * Spectral sorts its results by range before apigov sorts findings itself. With one shared
   * default range every comparison falls through to a numeric-collator localeCompare of rule names,
   * which costs seconds on contracts with thousands of findings; a distinct synthetic range per
   * result keeps that sort numeric. Positions come from the engine, never from these ranges.
   */
  override getRangeForJsonPath(): IRange {
    const line = this.resultCount++;
    return { start: { line, character: 0 }, end: { line, character: 0 } };
  }
}

function safeFormat(format: FormatFn, data: unknown, source: string): boolean {
  try {
    return format(data, source);
  } catch {
    return false;
  }
}

/** Does any enabled rule that applies to these formats want the resolved document? */
export function needsResolvedDocument(ruleset: Ruleset, documentFormats: Set<unknown>): boolean {
  return Object.values(ruleset.rules).some((rule) => rule.enabled && rule.resolved && rule.matchesFormat(documentFormats as never));
}

interface ResolveOptions {
  parseResolveResult?: (opts: { targetAuthority: { href(): string }; result: string }) => Promise<unknown>;
}

/** The parts of json-ref-resolver's dependency graph that spectral and its functions read. */
interface RefMapGraph {
  getNodeData(source: string): { refMap: Record<string, string> };
  hasNode(source: string): boolean;
  /** every referenced node as `<file><#pointer>` (used by unreferencedReusableObject) */
  overallOrder(): string[];
}

export class ContractResolver {
  /** spectral caches referenced documents per resolver under this key */
  readonly uriCache = new Map<string, unknown>();
  private readonly byData = new WeakMap<object, { contract: Contract; resolved: boolean }>();

  prepare(contract: Contract, resolved: boolean): void {
    if (contract.data !== null && typeof contract.data === 'object') this.byData.set(contract.data, { contract, resolved });
  }

  async resolve(input: unknown, opts: ResolveOptions): Promise<{ result: unknown; graph: RefMapGraph; errors: never[]; refMap: Record<string, string> }> {
    const entry = input !== null && typeof input === 'object' ? this.byData.get(input) : undefined;
    if (entry === undefined || !entry.resolved) return { result: input, graph: emptyGraph, errors: [], refMap: {} };
    const { contract } = entry;
    const refMaps = buildRefMaps(contract.refs);
    // Referenced files are handed to spectral through its own hook, so results can point into them.
    for (const file of contract.refs.files.values()) {
      if (file.uri === contract.uri || opts.parseResolveResult === undefined) continue;
      await opts.parseResolveResult({ targetAuthority: { href: () => file.uri }, result: file.text });
    }
    const result = new ResolvedTreeBuilder(contract.refs).build(contract);
    const targets = referencedNodes(contract.refs);
    return {
      result,
      graph: { getNodeData: (source) => ({ refMap: refMaps.get(source) ?? {} }), hasNode: (source) => refMaps.has(source), overallOrder: () => targets },
      errors: [],
      refMap: refMaps.get(contract.uri) ?? {},
    };
  }
}

const emptyGraph: RefMapGraph = { getNodeData: () => ({ refMap: {} }), hasNode: () => false, overallOrder: () => [] };

function referencedNodes(graph: RefGraph): string[] {
  const out = new Set<string>();
  for (const site of graph.sites) {
    const target = graph.targetOf(site.ref, site.source);
    if (target.kind === 'ok') out.add(target.uri + (target.fragment === '' ? '' : target.fragment));
  }
  return [...out];
}

/** Per file: URI-fragment pointer of every `$ref` site → the ref as written. */
function buildRefMaps(graph: RefGraph): Map<string, Record<string, string>> {
  const maps = new Map<string, Record<string, string>>();
  for (const site of graph.sites) {
    let map = maps.get(site.source.uri);
    if (map === undefined) {
      map = Object.create(null) as Record<string, string>;
      maps.set(site.source.uri, map);
    }
    map[pathToPointer(site.path)] = site.ref;
  }
  return maps;
}

/**
 * A resolved copy of the document: every `$ref` replaced by its target (shared, not duplicated).
 * A reference back into a node that is still being resolved stays a `$ref`, so the tree has no cycles.
 */
class ResolvedTreeBuilder {
  private readonly done = new Map<string, unknown>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly graph: RefGraph) {}

  build(root: SourceFile): unknown {
    return this.visit(root.data, root, []);
  }

  private visit(value: unknown, source: SourceFile, path: string[]): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (isRef(value)) {
      const target = this.graph.resolve(value.$ref, source);
      if (target === undefined) return value;
      const key = target.source.uri + '#' + toPointer(target.path);
      if (this.inProgress.has(key)) return value;
      const cached = this.done.get(key);
      if (cached !== undefined) return cached;
      this.inProgress.add(key);
      const resolved = this.visit(target.value, target.source, target.path);
      this.inProgress.delete(key);
      this.done.set(key, resolved);
      return resolved;
    }
    if (Array.isArray(value)) return value.map((item, i) => this.visit(item, source, [...path, String(i)]));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // defineProperty keeps keys such as __proto__ as plain data
      Object.defineProperty(out, key, { value: this.visit((value as Record<string, unknown>)[key], source, [...path, key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}
