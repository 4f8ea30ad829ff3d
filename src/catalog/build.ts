/**
 * Assemble the catalog from collected contracts and their lint findings: estate checks, scores,
 * events, entities, summary, and the change since a previous catalog. Pure: the caller injects
 * the time, versions and configuration, so the same inputs always give the same catalog.
 */
import { createHash } from 'node:crypto';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { countBySeverity, type Finding } from '../lint/finding.js';
import type { EstateConfig } from './estate-config.js';
import { estateCheck, runEstateChecks, type CheckSetting } from './estate-checks/index.js';
import { sorClaims } from './estate-checks/sor-conflict.js';
import { toEstateFinding, type Estate, type EstateContract, type EstateFindingDraft } from './estate.js';
import type { CollectedContract } from './facts.js';
import { apiChange, catalogChange, historyWith, matchPrevious, type PreviousCatalog } from './previous.js';
import { areaOf, estateGrade, estateScore, estateWeight, GRADES, scoreContract, type ScoredArea } from './score.js';
import { waivedMark } from './settle.js';
import { shapeFingerprint } from './shape.js';
import type {
  ApiEntry,
  ApiFindings,
  BreakingChangeEntry,
  Catalog,
  CatalogGit,
  EntityEntry,
  EstateFinding,
  EventEntry,
  FindingEntry,
  Grade,
  Organization,
  RuleArea,
  SeverityCounts,
  WaiverEntry,
} from './types.js';

export interface CatalogContractInput {
  collected: CollectedContract;
  /** lint findings of the contract, after inline ignores, config overrides and waivers (settle.ts) */
  findings: readonly Finding[];
  /** the waivers that covered its findings or breaking changes, with how many each */
  waivers?: WaiverEntry[];
  /** breaking changes since the version in the previous catalog's commit; undefined when not compared */
  breakingChanges?: BreakingChangeEntry[];
}

export interface BuildOptions {
  /** RFC 3339; also the report date sunsets are compared with */
  generatedAt: string;
  toolVersion: string;
  rulesetVersion: string;
  canonical: CanonicalDictionary;
  estateConfig?: EstateConfig | null;
  checks?: Readonly<Record<string, CheckSetting>>;
  weights?: Partial<Record<ScoredArea, number>>;
  previous?: PreviousCatalog | null;
  /** every waiver of the waivers file, with its status (settle.ts) */
  waivers?: WaiverEntry[];
  /** findings about the waivers file (expired, stale): listed with the estate findings, they name no contract */
  waiverFindings?: EstateFinding[];
  /** the commit the estate was catalogued at, when its files were clean at HEAD */
  git?: CatalogGit;
}

export function buildCatalog(contracts: readonly CatalogContractInput[], options: BuildOptions): Catalog {
  const estate: Estate = {
    contracts: contracts.map((c, index): EstateContract => ({ index, entry: c.collected.entry, facts: c.collected.facts })),
    canonical: options.canonical,
    config: options.estateConfig ?? null,
    today: options.generatedAt.slice(0, 10),
  };
  const drafts = runEstateChecks(estate, options.checks ?? {});
  const named = estateFindingsByContract(drafts, contracts.length);

  const apis = contracts.map((input, i): ApiEntry => {
    const { entry } = input.collected;
    const findings = apiFindings(input.findings);
    const active = findings.list.filter((f) => f.waived === undefined);
    const score = scoreContract({
      findings: active,
      estateFindings: named[i]!,
      applicable: input.collected.applicable,
      ruledAreas: input.collected.ruledAreas,
      ...(options.weights !== undefined ? { weights: options.weights } : {}),
    });
    return { ...entry, findings, score, waivers: input.waivers ?? [] };
  });

  const estateFindings = drafts.map((d) => toEstateFinding(d, (contract) => apis[contract]!.apiId));
  for (const finding of options.waiverFindings ?? []) estateFindings.push(finding);

  const weights = apis.map((a) => ({ score: a.score.total, grade: a.score.grade, weight: estateWeight(a.operations.count, a.messages.length) }));
  const estateCounts = countBySeverity(estateFindings);
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const api of apis) grades[api.score.grade]++;
  const lintCounts = countBySeverity(apis.flatMap((a) => a.findings.list.filter((f) => f.waived === undefined)));

  const catalog: Catalog = {
    generatedAt: options.generatedAt,
    toolVersion: options.toolVersion,
    rulesetVersion: options.rulesetVersion,
    estate: {
      contracts: apis.length,
      services: new Set(apis.map((a) => a.system ?? `api:${a.apiId}`)).size,
      domains: new Set(apis.flatMap((a) => (a.domain === null ? [] : [a.domain]))).size,
      teams: new Set(apis.flatMap((a) => (a.owner === null ? [] : [a.owner]))).size,
    },
    summary: {
      contracts: apis.length,
      ...lintCounts,
      score: estateScore(weights),
      grade: estateGrade(weights, estateCounts.error),
      grades,
      estateFindings: estateCounts,
      waived: apis.reduce((n, a) => n + a.findings.list.filter((f) => f.waived !== undefined).length, 0),
      inlineIgnores: distinctInlineIgnores(apis),
    },
    apis,
    events: eventsOf(estate, apis),
    entities: entitiesOf(estate, drafts),
    estateFindings,
    waivers: options.waivers ?? [],
    history: [],
  };
  if (options.estateConfig) catalog.organization = organizationOf(options.estateConfig);
  if (options.git !== undefined) catalog.git = options.git;
  const previous = options.previous;
  if (previous) {
    for (const [i, api] of apis.entries()) {
      const before = matchPrevious(api, previous.apis);
      if (before !== undefined) api.change = apiChange(api, before, contracts[i]!.breakingChanges ?? []);
    }
    catalog.summary.change = catalogChange(catalog, previous);
    catalog.history = historyWith(previous);
  }
  return catalog;
}

/** `apigov:retail@1a2b3c4d`: the ruleset names and a short hash of the content of the files read. */
export function rulesetVersionOf(names: readonly string[], contents: readonly string[]): string {
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content).update('\u0000');
  return `${names.join('+')}@${hash.digest('hex').slice(0, 8)}`;
}

/**
 * Inline ignores written in the estate: one in a schema file that several contracts `$ref` is listed
 * under each of them (it applies to each) but is one ignore to count.
 */
function distinctInlineIgnores(apis: readonly ApiEntry[]): number {
  return new Set(apis.flatMap((a) => a.inlineIgnores.map((i) => `${i.file}\u0000${i.pointer}\u0000${i.rule}`))).size;
}

function apiFindings(findings: readonly Finding[]): ApiFindings {
  const list = findings.map((f): FindingEntry => {
    const entry: FindingEntry = { ruleId: f.ruleId, severity: f.severity, file: f.file, pointer: f.pointer, line: f.line, message: f.message };
    if (f.docsUrl !== undefined) entry.docsUrl = f.docsUrl;
    if (f.waived !== undefined) entry.waived = waivedMark(f.waived);
    return entry;
  });
  const active = list.filter((f) => f.waived === undefined);
  const byArea: Partial<Record<RuleArea, SeverityCounts>> = {};
  for (const f of active) {
    const area = areaOf(f.ruleId);
    if (area === undefined) continue;
    const counts = (byArea[area] ??= { error: 0, warn: 0, info: 0, hint: 0 });
    counts[f.severity]++;
  }
  return { ...countBySeverity(active), byArea, list };
}

/** For each contract, the estate findings that name it (reference locations excluded), once each. */
function estateFindingsByContract(drafts: readonly EstateFindingDraft[], count: number): Array<Array<{ area: RuleArea; severity: EstateFinding['severity'] }>> {
  const out = Array.from({ length: count }, () => [] as Array<{ area: RuleArea; severity: EstateFinding['severity'] }>);
  for (const draft of drafts) {
    const area = estateCheck(draft.ruleId)?.area;
    if (area === undefined) continue;
    const named = new Set(draft.locations.filter((l) => l.reference !== true).map((l) => l.contract));
    for (const index of named) out[index]!.push({ area, severity: draft.severity });
  }
  return out;
}

function eventsOf(estate: Estate, apis: readonly ApiEntry[]): EventEntry[] {
  const byType = new Map<string, { producers: Set<string>; consumers: Set<string>; versions: Set<string> }>();
  for (const contract of estate.contracts) {
    if (contract.facts.retired) continue;
    for (const message of apis[contract.index]!.messages) {
      let entry = byType.get(message.type);
      if (entry === undefined) {
        entry = { producers: new Set(), consumers: new Set(), versions: new Set() };
        byType.set(message.type, entry);
      }
      (message.action === 'send' ? entry.producers : entry.consumers).add(contract.entry.apiId);
      if (message.schemaVersion !== null) entry.versions.add(message.schemaVersion);
    }
  }
  return [...byType.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, e]) => ({
      type,
      producers: [...e.producers].sort(),
      consumers: [...e.consumers].sort(),
      schemaVersions: [...e.versions].sort(),
      orphan: e.producers.size === 0 && e.consumers.size > 0,
      unconsumed: e.consumers.size === 0 && e.producers.size > 0,
    }));
}

function entitiesOf(estate: Estate, drafts: readonly EstateFindingDraft[]): EntityEntry[] {
  const entities = new Map<string, { sor: Set<string>; users: Set<string>; variants: Set<string>; drift: number }>();
  const get = (name: string) => {
    let e = entities.get(name);
    if (e === undefined) {
      e = { sor: new Set(), users: new Set(), variants: new Set(), drift: 0 };
      entities.set(name, e);
    }
    return e;
  };
  const schemaEntity = new Map<string, string>();
  for (const contract of estate.contracts) {
    if (contract.facts.retired) continue;
    for (const sor of contract.facts.systemOfRecord) get(sor.entity).sor.add(contract.entry.apiId);
    for (const use of contract.facts.entityUses) get(use.entity).users.add(contract.entry.apiId);
    for (const schema of contract.facts.schemas) {
      get(schema.entity).variants.add(shapeFingerprint(schema.shape));
      schemaEntity.set(`${contract.index}\u0000${schema.file}\u0000${schema.pointer}`, schema.entity);
    }
  }
  for (const draft of drafts) {
    if (draft.ruleId !== 'estate-canonical-shape-drift') continue;
    const first = draft.locations[0];
    const entity = first === undefined ? undefined : schemaEntity.get(`${first.contract}\u0000${first.file}\u0000${first.pointer}`);
    if (entity !== undefined) get(entity).drift++;
  }
  const claims = sorClaims(estate);
  return [...entities.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, e]) => ({
      name,
      systemOfRecord: [...e.sor].sort(),
      sorConflict: (claims.get(name)?.sources.length ?? 0) > 1,
      readers: [...e.users].filter((u) => !e.sor.has(u)).sort(),
      schemaVariants: e.variants.size,
      driftFindings: e.drift,
    }));
}

function organizationOf(config: EstateConfig): Organization {
  return { file: config.file, teams: config.teams ?? [], domains: config.domains ?? [], systems: config.systems ?? [] };
}
