/**
 * The service catalog data model: `catalog.json` is this shape (JSON Schema in
 * schemas/catalog.schema.json); Markdown, HTML and Backstage are rendered from it and nothing else.
 * See /docs/catalog.md and CATALOG.md for what each field means.
 */
import type { Severity } from '../lint/finding.js';

export type Grade = 'gold' | 'silver' | 'bronze' | 'not-compliant';

/** Rule areas: the prefix of a rule id before the first '-'. */
export const RULE_AREAS = ['security', 'errors', 'ids', 'data', 'time', 'version', 'owner', 'ops', 'events', 'naming', 'structure'] as const;
export type RuleArea = (typeof RULE_AREAS)[number];

export interface SeverityCounts {
  error: number;
  warn: number;
  info: number;
  hint: number;
}

export interface Catalog {
  /** RFC 3339 */
  generatedAt: string;
  toolVersion: string;
  /** identifies the rules the findings came from (ruleset names and a content hash) */
  rulesetVersion: string;
  estate: { contracts: number; services: number; domains: number; teams: number };
  summary: CatalogSummary;
  apis: ApiEntry[];
  events: EventEntry[];
  entities: EntityEntry[];
  estateFindings: EstateFinding[];
  waivers: WaiverEntry[];
  /** earlier runs' summaries, oldest first, for trend charts (carried over from --previous) */
  history: HistoryPoint[];
  /** the teams, domains and systems of estate.yaml, when one was used (Backstage Domain owners, team names) */
  organization?: Organization;
  /**
   * the git commit the estate was catalogued at: set when the working directory is in a git work tree
   * and every file read (contracts and their `$ref`'d files) was unchanged at HEAD. A later
   * `--previous` run reads the old contracts from it to list breaking changes.
   */
  git?: CatalogGit;
}

export interface CatalogGit {
  commit: string;
  /** the working directory the `file` paths are relative to, relative to the repository root ('' at the root) */
  directory: string;
}

export interface Organization {
  /** the estate.yaml file */
  file: string;
  /** a section absent from estate.yaml is an empty list */
  teams: Array<{ id: string; name: string | null; email: string | null; domains: string[] | null }>;
  domains: Array<{ id: string; name: string | null; owner: string | null; description: string | null }>;
  systems: Array<{ id: string; name: string | null; owner: string | null; domain: string | null; description: string | null }>;
}

export interface CatalogSummary extends SeverityCounts {
  contracts: number;
  /** estate score 0-100: mean of contract scores weighted by operations + messages */
  score: number;
  grade: Grade;
  /** contracts per grade */
  grades: Record<Grade, number>;
  estateFindings: SeverityCounts;
  waived: number;
  inlineIgnores: number;
  /** present when --previous was given */
  change?: ChangeSincePrevious;
}

export interface ChangeSincePrevious {
  previousGeneratedAt: string;
  scoreDelta: number;
  newFindings: number;
  fixedFindings: number;
  /** breaking changes not covered by a waiver, over all APIs */
  breakingChanges: number;
}

export interface HistoryPoint {
  generatedAt: string;
  score: number;
  error: number;
  warn: number;
  contracts: number;
}

export interface ApiEntry {
  /** x-api-id, or derived from the file name when absent */
  apiId: string;
  title: string;
  description: string | null;
  file: string;
  /** e.g. openapi-3.1, openapi-2.0, asyncapi-2.6, asyncapi-3.0 */
  format: string;
  version: string;
  major: number | null;
  lifecycle: string | null;
  owner: string | null;
  domain: string | null;
  system: string | null;
  audience: string | null;
  contact: { name?: string; email?: string; url?: string } | null;
  servers: string[];
  systemOfRecord: string[];
  operations: { count: number; deprecated: number; list: OperationEntry[] };
  channels: ChannelEntry[];
  messages: MessageEntry[];
  /** event types (CloudEvents type, else channel address + message name) this API sends / receives */
  produces: string[];
  consumes: string[];
  /** HTTP APIs this contract declares it uses (x-consumes) */
  consumesApis: Array<{ api: string; major: number | null }>;
  deprecations: DeprecationEntry[];
  findings: ApiFindings;
  score: Score;
  waivers: WaiverEntry[];
  inlineIgnores: InlineIgnoreEntry[];
  /** present when --previous was given and the API existed then */
  change?: ApiChange;
}

export interface OperationEntry {
  /** set for OpenAPI 3.1 webhooks (requests the API sends); absent for path operations */
  kind?: 'webhook';
  operationId: string | null;
  method: string;
  path: string;
  deprecated: boolean;
  sunset: string | null;
  /** security scheme names in force */
  security: string[];
  idempotent: boolean;
  paginated: boolean;
}

export interface ChannelEntry {
  channel: string;
  action: 'send' | 'receive';
  messages: string[];
}

export interface MessageEntry {
  /** CloudEvents type, else `<channel>#<message name>` */
  type: string;
  name: string | null;
  action: 'send' | 'receive';
  channel: string;
  /** Kafka key / partition key property, when declared */
  key: string | null;
  schemaVersion: string | null;
}

export interface DeprecationEntry {
  pointer: string;
  /** set when the deprecated node is defined in another file than the contract (a `$ref`'d file) */
  file?: string;
  /** what is deprecated: the API, an operation (METHOD path), a schema, a message */
  subject: string;
  sunset: string | null;
  replacedBy: string | null;
}

export interface FindingEntry {
  ruleId: string;
  severity: Severity;
  file: string;
  pointer: string;
  line: number;
  message: string;
  docsUrl?: string;
  /** set when a waiver or an inline ignore suppresses it (not counted in the score) */
  waived?: WaivedMark;
}

export interface WaivedMark {
  /** a waiver of the waivers file, or an inline `x-apigov-ignore` */
  kind: 'waiver' | 'inline';
  reason: string;
  /** who approved the waiver; null for inline ignores */
  by: string | null;
}

export interface ApiFindings extends SeverityCounts {
  byArea: Partial<Record<RuleArea, SeverityCounts>>;
  list: FindingEntry[];
}

export interface Score {
  /** 0-100 */
  total: number;
  byArea: Partial<Record<RuleArea, number>>;
  grade: Grade;
}

export interface ApiChange {
  scoreDelta: number;
  newFindings: number;
  fixedFindings: number;
  /**
   * breaking changes from the version in the previous catalog's git commit to this one (diff engine,
   * apigov.yaml `diff.checks` levels); waived ones stay listed, marked, and are not counted
   */
  breakingChanges: BreakingChangeEntry[];
}

export interface BreakingChangeEntry {
  checkId: string;
  message: string;
  operation?: string;
  /** where: in the current contract's files, or for a removal in the old version (`<commit>:<path>`) */
  file: string;
  pointer: string;
  /** stable id of the change, for a waiver's `fingerprint` */
  fingerprint: string;
  waived?: WaivedMark;
}

export interface EventEntry {
  type: string;
  producers: string[];
  consumers: string[];
  schemaVersions: string[];
  /** consumed but produced by no contract (estate check X5) */
  orphan: boolean;
  /** produced but consumed by no contract (X7) */
  unconsumed: boolean;
}

export interface EntityEntry {
  name: string;
  systemOfRecord: string[];
  /**
   * more than one source of truth claims it (estate check X1): several majors of one x-api-id, or
   * several contracts of one x-system, are one source, so this can be false with several owners listed
   */
  sorConflict?: boolean;
  readers: string[];
  /** distinct shapes of this entity across contracts */
  schemaVariants: number;
  driftFindings: number;
}

export interface EstateFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /**
   * apiId: the contract the location belongs to (the file may be a schema file it references);
   * reference: shown for comparison (the system of record, the producer), not counted against that contract
   */
  locations: Array<{ file: string; pointer: string; apiId?: string; reference?: boolean }>;
}

export interface WaiverEntry {
  rule: string;
  /** globs, relative to the waivers file */
  files: string[];
  pointer: string | null;
  fingerprint: string | null;
  reason: string;
  approvedBy: string | null;
  expires: string | null;
  /** active, expired (past its date: its findings count again) or stale (its files were catalogued and it matched nothing) */
  status: 'active' | 'expired' | 'stale';
  /** findings and breaking changes it covered in this run (for an API's list: in that API) */
  matches: number;
}

export interface InlineIgnoreEntry {
  rule: string;
  reason: string;
  file: string;
  pointer: string;
}
