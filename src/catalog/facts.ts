/**
 * What one contract contributes to the catalog: its catalog entry before findings and score, and
 * the small, plain facts the estate checks read. Built where the contract is parsed (in a worker
 * thread for large estates) and sent to the main thread by structured clone, so it must stay plain
 * data and small: the parsed documents never leave the thread that parsed them.
 */
import type { ApiEntry, RuleArea } from './types.js';

/** The catalog entry as collected from the contract; findings, score and waivers are added later. */
export type ApiEntryBase = Omit<ApiEntry, 'findings' | 'score' | 'waivers' | 'change'>;

export interface Location {
  file: string;
  pointer: string;
}

export interface CollectedContract {
  entry: ApiEntryBase;
  facts: ContractFacts;
  /** nodes each area's rules examine in this contract: the denominator of the area score */
  applicable: Partial<Record<RuleArea, number>>;
  /** areas with at least one enabled rule that applies to this contract's format */
  ruledAreas: RuleArea[];
}

export interface ContractFacts {
  /** `info.x-api-id` as written; null when the apiId was derived from the file name */
  declaredApiId: string | null;
  info: Location;
  /** where `info.x-api-id` is written (or `/info` when absent) */
  apiIdAt: Location;
  versionAt: Location;
  ownerAt: Location | null;
  domainAt: Location | null;
  systemAt: Location | null;
  /** `info.x-system-of-record` entries with their pointers */
  systemOfRecord: Array<{ entity: string } & Location>;
  /** x-lifecycle deprecated, or `deprecated`/`x-deprecated` on info */
  deprecated: boolean;
  retired: boolean;
  sunset: string | null;
  /** `info.x-consumes` entries with their pointers */
  consumesApis: Array<{ api: string; major: number | null } & Location>;
  /** schemas named after a canonical entity (component key or `x-canonical`), flattened */
  schemas: CanonicalSchemaFact[];
  /** every place a canonical id name is declared */
  ids: IdFact[];
  /** HTTP routes (path operations, one per server) */
  routes: RouteFact[];
  /** each (operation, message, event type) of an AsyncAPI contract */
  events: EventFact[];
  /** where the contract uses a canonical entity (a schema of it, a resource path, a command) */
  entityUses: EntityUse[];
}

/**
 * One node of a fully dereferenced schema, as compared by the estate checks: its place in the
 * shape (`''` is the root, `/name` a property, `/[]` array items), type set (without `null`),
 * format, pattern, enum domain and whether its parent object requires it. Text never appears here,
 * so descriptions and examples can never cause a finding.
 */
export interface ShapeEntry {
  path: string;
  types: string[];
  format: string | null;
  pattern: string | null;
  /** JSON texts of the enum (or const) values, sorted; null when unconstrained */
  enum: string[] | null;
  maxLength: number | null;
  required: boolean;
  /** where the node is written */
  file: string;
  pointer: string;
}

export interface Shape {
  entries: ShapeEntry[];
  /** the walk stopped at the depth or size limit: comparisons below it are incomplete */
  truncated: boolean;
}

export interface CanonicalSchemaFact extends Location {
  /** canonical entity name */
  entity: string;
  /** the key the schema is declared under */
  key: string;
  /** named by `x-canonical` rather than by its key */
  tagged: boolean;
  shape: Shape;
}

export type IdKind = 'property' | 'parameter' | 'kafka-key';

export interface IdFact extends Location {
  name: string;
  kind: IdKind;
  type: string | null;
  format: string | null;
  pattern: string | null;
  maxLength: number | null;
}

export interface RouteFact extends Location {
  method: string;
  /** the path as written */
  path: string;
  /** lower-cased host from the server URL ('' when the server URL is relative or absent) */
  host: string;
  /** server base path + path, every `{param}` replaced by `{}`, no trailing slash */
  route: string;
  operationId: string | null;
  /** the canonical entity the path's resource is, when it can be told */
  entity: string | null;
  /** creates, changes or deletes the resource (POST/PUT/PATCH/DELETE that is not a query) */
  write: boolean;
}

export interface EventFact extends Location {
  /** CloudEvents type, else `<channel address>#<message name>` */
  type: string;
  action: 'send' | 'receive';
  channel: string;
  /** the Kafka topic, when the channel is on Kafka */
  topic: string | null;
  messageName: string | null;
  deprecated: boolean;
  sunset: string | null;
  /** `x-message-kind: command` */
  command: boolean;
  /** the entity a command changes, when it can be told */
  entity: string | null;
  /** where the message is defined (the fact's own location is the operation that sends or receives it) */
  messageAt: Location;
  payload: Shape | null;
  payloadAt: Location | null;
}

export interface EntityUse extends Location {
  entity: string;
  /** a schema of the entity, a resource path, a command it handles, an event about it */
  how: 'schema' | 'resource' | 'command' | 'event';
  write: boolean;
}

/**
 * Whether an `x-consumes` entry names this API: same id, and the same major when both sides have
 * one (an entry without a major uses every major; an API whose major is unknown may be any). One
 * definition for the catalog's sunset table, the X11 estate check and the gate's consumer lists.
 */
export function usesApi(use: { api: string; major: number | null }, api: { apiId: string; major: number | null }): boolean {
  return use.api === api.apiId && (use.major === null || api.major === null || use.major === api.major);
}

