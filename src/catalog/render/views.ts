/**
 * Views of the catalog that more than one renderer shows: the system-of-record matrix, event flows
 * with schema mismatches, the sunset calendar, the most violated rules, errors per domain and area.
 * Plain data in, plain data out; the renderers only format.
 */
import { severityRank, type Severity } from '../../lint/finding.js';
import { usesApi } from '../facts.js';
import { RULE_AREAS, type ApiEntry, type Catalog, type EntityEntry, type EventEntry, type Grade, type RuleArea } from '../types.js';
import { dayOf, GRADES, LIFECYCLES } from './format.js';

export const SCHEMA_MISMATCH_RULE = 'estate-consumer-producer-schema-mismatch';

/** Label for APIs without `x-domain`. */
export const NO_DOMAIN = '(no domain)';

export function domainOf(api: ApiEntry): string {
  return api.domain ?? NO_DOMAIN;
}

/** Distinct domains, alphabetical, with the no-domain bucket last. */
export function domainsOf(apis: readonly ApiEntry[]): string[] {
  const domains = [...new Set(apis.map(domainOf))].sort(compareText);
  return moveLast(domains, NO_DOMAIN);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function moveLast(values: string[], value: string): string[] {
  return values.includes(value) ? [...values.filter((v) => v !== value), value] : values;
}

/* ---------- system of record ---------- */

export type SorStatus = 'ok' | 'conflict' | 'missing';

export interface SorRow {
  entity: EntityEntry;
  /** distinct API ids claiming the entity (v1 and v2 of one id count once) */
  owners: string[];
  /**
   * conflict: more than one source of truth claims it, as estate check X1 decides (`sorConflict`):
   * several contracts of one x-system, or majors of one x-api-id, are one source
   */
  status: SorStatus;
  /** apiId → role in this entity */
  cells: Map<string, 'sor' | 'reader'>;
}

export interface SorMatrix {
  /** API ids that own or read any entity, alphabetical */
  columns: string[];
  rows: SorRow[];
}

export function sorMatrix(catalog: Catalog): SorMatrix {
  const columns = new Set<string>();
  const rows = [...catalog.entities]
    .sort((a, b) => compareText(a.name, b.name))
    .map((entity): SorRow => {
      const cells = new Map<string, 'sor' | 'reader'>();
      for (const reader of entity.readers) cells.set(reader, 'reader');
      for (const owner of entity.systemOfRecord) cells.set(owner, 'sor');
      for (const apiId of cells.keys()) columns.add(apiId);
      const owners = [...new Set(entity.systemOfRecord)].sort(compareText);
      // a catalog from before `sorConflict` existed: more than one API id is a conflict
      const conflict = entity.sorConflict ?? owners.length > 1;
      const status: SorStatus = owners.length === 0 ? 'missing' : conflict ? 'conflict' : 'ok';
      return { entity, owners, status, cells };
    });
  return { columns: [...columns].sort(compareText), rows };
}

/* ---------- event flows ---------- */

export interface EventFlow {
  event: EventEntry;
  /** producer → consumer pairs with a schema mismatch (X6) on this event type */
  mismatches: Array<{ producer: string; consumer: string }>;
}

/**
 * Event flows, sorted by type. X6 findings carry files, not event types, so a pair is marked when
 * the finding has locations in both the producer's and the consumer's files; if the message names
 * event types, only those types are marked.
 */
export function eventFlows(catalog: Catalog): EventFlow[] {
  const filesOf = new Map<string, Set<string>>();
  for (const api of catalog.apis) {
    const files = filesOf.get(api.apiId) ?? new Set<string>();
    files.add(api.file);
    filesOf.set(api.apiId, files);
  }
  const allTypes = catalog.events.map((e) => e.type);
  const mismatchFindings = catalog.estateFindings
    .filter((f) => f.ruleId === SCHEMA_MISMATCH_RULE)
    .map((f) => ({ files: new Set(f.locations.map((l) => l.file)), types: allTypes.filter((t) => f.message.includes(t)) }));
  const touches = (apiId: string, files: Set<string>): boolean => [...(filesOf.get(apiId) ?? [])].some((file) => files.has(file));

  return [...catalog.events]
    .sort((a, b) => compareText(a.type, b.type))
    .map((event) => {
      const mismatches: EventFlow['mismatches'] = [];
      for (const producer of event.producers) {
        for (const consumer of event.consumers) {
          if (producer === consumer) continue;
          const marked = mismatchFindings.some(
            (f) => (f.types.length === 0 || f.types.includes(event.type)) && touches(producer, f.files) && touches(consumer, f.files),
          );
          if (marked) mismatches.push({ producer, consumer });
        }
      }
      return { event, mismatches };
    });
}

/* ---------- deprecation and sunset calendar ---------- */

export interface SunsetRow {
  api: ApiEntry;
  subject: string;
  pointer: string;
  /** the sunset day (YYYY-MM-DD), null when undated or unreadable */
  sunset: string | null;
  /** the value as written, for display when it is not a date */
  sunsetText: string | null;
  replacedBy: string | null;
  /** the sunset day is before the catalog's generation day */
  passed: boolean;
  /** API ids still attached: consumers of the API (x-consumes) or of the deprecated events */
  consumers: string[];
}

/** Sorted by sunset day (undated last), then API title and subject. */
export function sunsetCalendar(catalog: Catalog): SunsetRow[] {
  const today = dayOf(catalog.generatedAt);
  const consumersOfType = new Map(catalog.events.map((e) => [e.type, e.consumers]));
  const rows: SunsetRow[] = [];
  for (const api of catalog.apis) {
    const deprecations =
      api.deprecations.length === 0 && api.lifecycle === 'deprecated'
        ? [{ pointer: '/info', subject: 'API', sunset: null, replacedBy: null }]
        : api.deprecations;
    for (const deprecation of deprecations) {
      const sunset = dayOf(deprecation.sunset);
      const deprecatedTypes = api.messages
        .filter((m) => m.action === 'send' && (m.type === deprecation.subject || m.name === deprecation.subject))
        .map((m) => m.type);
      const consumers =
        deprecatedTypes.length > 0
          ? new Set(deprecatedTypes.flatMap((t) => consumersOfType.get(t) ?? []))
          : apiConsumers(catalog, api, consumersOfType);
      consumers.delete(api.apiId);
      rows.push({
        api,
        subject: deprecation.subject,
        pointer: deprecation.pointer,
        sunset,
        sunsetText: deprecation.sunset,
        replacedBy: deprecation.replacedBy,
        passed: sunset !== null && today !== null && sunset < today,
        consumers: [...consumers].sort(compareText),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      (a.sunset === null ? 1 : 0) - (b.sunset === null ? 1 : 0) ||
      compareText(a.sunset ?? '', b.sunset ?? '') ||
      compareText(a.api.title, b.api.title) ||
      compareText(a.subject, b.subject),
  );
}

/** APIs that depend on `api`: they declare it in x-consumes (same major, when pinned) or receive its events. */
function apiConsumers(catalog: Catalog, api: ApiEntry, consumersOfType: Map<string, string[]>): Set<string> {
  const consumers = new Set<string>();
  for (const other of catalog.apis) {
    if (other.consumesApis.some((use) => usesApi(use, api))) consumers.add(other.apiId);
  }
  for (const type of api.produces) for (const consumer of consumersOfType.get(type) ?? []) consumers.add(consumer);
  return consumers;
}

/** Estate findings as both reports list them: most severe first, then by check and message. */
export function sortedEstateFindings(catalog: Catalog): Catalog['estateFindings'] {
  return [...catalog.estateFindings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message));
}

/* ---------- rules ---------- */

export interface RuleTally {
  ruleId: string;
  /** the most severe level it was reported at */
  severity: Severity;
  count: number;
  /** distinct APIs with at least one finding (estate findings: distinct files) */
  apis: number;
  docsUrl: string | null;
}

/** The most frequently violated rules, lint and estate together; waived findings do not count. */
export function topRules(catalog: Catalog, limit = 10): RuleTally[] {
  const tallies = new Map<string, RuleTally & { where: Set<string> }>();
  const add = (ruleId: string, severity: Severity, where: string[], docsUrl: string | null): void => {
    const tally = tallies.get(ruleId) ?? { ruleId, severity, count: 0, apis: 0, docsUrl, where: new Set<string>() };
    tally.count++;
    if (severityRank(severity) < severityRank(tally.severity)) tally.severity = severity;
    if (tally.docsUrl === null) tally.docsUrl = docsUrl;
    for (const w of where) tally.where.add(w);
    tallies.set(ruleId, tally);
  };
  catalog.apis.forEach((api, index) => {
    for (const finding of api.findings.list) {
      if (finding.waived === undefined) add(finding.ruleId, finding.severity, [`api#${index}`], finding.docsUrl ?? null);
    }
  });
  for (const finding of catalog.estateFindings) {
    add(finding.ruleId, finding.severity, finding.locations.map((l) => `file#${l.file}`), null);
  }
  return [...tallies.values()]
    .sort((a, b) => b.count - a.count || severityRank(a.severity) - severityRank(b.severity) || compareText(a.ruleId, b.ruleId))
    .slice(0, limit)
    .map(({ where, ...tally }) => ({ ...tally, apis: where.size }));
}

/* ---------- investment heatmap ---------- */

export interface AreaHeatmap {
  domains: string[];
  areas: RuleArea[];
  /** [domain][area] */
  errors: number[][];
  warnings: number[][];
}

export function domainAreaHeatmap(catalog: Catalog): AreaHeatmap {
  const domains = domainsOf(catalog.apis);
  const areas = [...RULE_AREAS];
  const errors = domains.map(() => areas.map(() => 0));
  const warnings = domains.map(() => areas.map(() => 0));
  for (const api of catalog.apis) {
    const row = domains.indexOf(domainOf(api));
    areas.forEach((area, col) => {
      const counts = api.findings.byArea[area];
      if (counts === undefined) return;
      errors[row]![col]! += counts.error;
      warnings[row]![col]! += counts.warn;
    });
  }
  return { domains, areas, errors, warnings };
}

/* ---------- distributions ---------- */

export function gradeCounts(apis: readonly ApiEntry[]): Record<Grade, number> {
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const api of apis) counts[api.score.grade]++;
  return counts;
}

/** Lifecycle → count: the well-known values in order, then any others, then "unknown" (none declared). */
export function lifecycleCounts(apis: readonly ApiEntry[]): Array<{ lifecycle: string; count: number }> {
  const counts = new Map<string, number>();
  for (const api of apis) counts.set(api.lifecycle ?? 'unknown', (counts.get(api.lifecycle ?? 'unknown') ?? 0) + 1);
  const known: readonly string[] = LIFECYCLES;
  const others = [...counts.keys()].filter((l) => !known.includes(l) && l !== 'unknown').sort(compareText);
  return [...known, ...others, 'unknown'].filter((l) => counts.has(l)).map((lifecycle) => ({ lifecycle, count: counts.get(lifecycle)! }));
}

/** Format → count, OpenAPI before AsyncAPI, newest version first. */
export function formatCounts(apis: readonly ApiEntry[]): Array<{ format: string; count: number }> {
  const counts = new Map<string, number>();
  for (const api of apis) counts.set(api.format, (counts.get(api.format) ?? 0) + 1);
  const family = (f: string): number => (f.startsWith('openapi') || f.startsWith('swagger') ? 0 : f.startsWith('asyncapi') ? 1 : 2);
  return [...counts.entries()]
    .sort(([a], [b]) => family(a) - family(b) || -a.localeCompare(b, 'en', { numeric: true }))
    .map(([format, count]) => ({ format, count }));
}
