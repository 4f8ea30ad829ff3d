/**
 * Typed views of the ops and events sections of the canonical dictionary
 * (rulesets/canonical/retail.yaml, merged with apigov.yaml `canonical:`). A section a team removed
 * reads as empty lists, so a rule then finds nothing rather than crashing.
 */
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../../lint/canonical.js';
import { isObject } from '../../document/pointer.js';
import { compilePattern } from './patterns.js';
import { stringList } from './words.js';

export interface OpsHeuristics {
  createVerbs: string[];
  readOnlyWords: string[];
  idempotencyHeader: string;
  idempotencyRequiredDomains: string[];
  pageSizeParameters: string[];
  cursorParameters: string[];
  offsetParameters: string[];
  continuationFields: string[];
  totalFields: string[];
  continuationHeaders: string[];
  itemsFields: string[];
  retryAfterHeader: string;
  rateLimitHeaderSets: string[][];
  traceRequestHeader: string;
  traceResponseHeaders: string[];
  traceProblemMembers: string[];
  concurrencyDomains: string[];
  concurrencyPathWords: string[];
  asyncStatusHeaders: string[];
  criticalValues: string[];
}

export interface EventHeuristics {
  requiredAttributes: string[];
  headerPrefixes: string[];
  typePattern: RegExp | undefined;
  nonEventKinds: string[];
  ignoredSuffixes: string[];
  particles: string[];
  imperativeVerbs: string[];
  irregularPast: string[];
  notPast: string[];
  partitionKeyAttribute: string;
  traceHeaders: string[];
  retryMembers: string[];
}

function section(dictionary: CanonicalDictionary, name: string): Record<string, unknown> {
  const value = dictionary[name];
  return isObject(value) ? value : {};
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

const opsMemo = new WeakMap<CanonicalDictionary, OpsHeuristics>();
const eventMemo = new WeakMap<CanonicalDictionary, EventHeuristics>();

/** Read once per dictionary: every rule of a lint run shares the same lists (and their word sets). */
export function opsHeuristicsFrom(dictionary: CanonicalDictionary): OpsHeuristics {
  let h = opsMemo.get(dictionary);
  if (h === undefined) {
    h = readOps(dictionary);
    opsMemo.set(dictionary, h);
  }
  return h;
}

export function eventHeuristicsFrom(dictionary: CanonicalDictionary): EventHeuristics {
  let h = eventMemo.get(dictionary);
  if (h === undefined) {
    h = readEvents(dictionary);
    eventMemo.set(dictionary, h);
  }
  return h;
}

function readOps(dictionary: CanonicalDictionary): OpsHeuristics {
  const creates = section(dictionary, 'creates');
  const idempotency = section(dictionary, 'idempotency');
  const pagination = section(dictionary, 'pagination');
  const rateLimit = section(dictionary, 'rateLimit');
  const tracing = section(dictionary, 'tracing');
  const concurrency = section(dictionary, 'concurrency');
  return {
    createVerbs: stringList(creates.verbs),
    readOnlyWords: stringList(creates.readOnlyWords),
    idempotencyHeader: text(idempotency.header, 'Idempotency-Key'),
    idempotencyRequiredDomains: stringList(idempotency.requiredDomains),
    pageSizeParameters: stringList(pagination.pageSizeParameters),
    cursorParameters: stringList(pagination.cursorParameters),
    offsetParameters: stringList(pagination.offsetParameters),
    continuationFields: stringList(pagination.continuationFields),
    totalFields: stringList(pagination.totalFields),
    continuationHeaders: stringList(pagination.continuationHeaders),
    itemsFields: stringList(pagination.itemsFields),
    retryAfterHeader: text(rateLimit.retryAfterHeader, 'Retry-After'),
    rateLimitHeaderSets: Array.isArray(rateLimit.headerSets) ? rateLimit.headerSets.map(stringList).filter((s) => s.length > 0) : [],
    traceRequestHeader: text(tracing.requestHeader, 'traceparent'),
    traceResponseHeaders: stringList(tracing.responseHeaders),
    traceProblemMembers: stringList(tracing.problemMembers),
    concurrencyDomains: stringList(concurrency.domains),
    concurrencyPathWords: stringList(concurrency.pathWords),
    asyncStatusHeaders: stringList(section(dictionary, 'asyncAccepted').statusHeaders),
    criticalValues: stringList(section(dictionary, 'degradedMode').criticalValues),
  };
}

function readEvents(dictionary: CanonicalDictionary): EventHeuristics {
  const events = section(dictionary, 'events');
  const pastTense = isObject(events.pastTense) ? events.pastTense : {};
  const typePattern = typeof events.typePattern === 'string' ? (compilePattern(events.typePattern) ?? undefined) : undefined;
  return {
    requiredAttributes: stringList(events.requiredAttributes),
    headerPrefixes: stringList(events.headerPrefixes),
    typePattern,
    nonEventKinds: stringList(events.nonEventKinds),
    ignoredSuffixes: stringList(pastTense.ignoredSuffixes),
    particles: stringList(pastTense.particles),
    imperativeVerbs: stringList(pastTense.imperativeVerbs),
    irregularPast: stringList(pastTense.irregular),
    notPast: stringList(pastTense.notPast),
    partitionKeyAttribute: text(events.partitionKeyAttribute, 'partitionkey'),
    traceHeaders: stringList(section(dictionary, 'tracing').eventHeaders),
    retryMembers: stringList(events.retryMembers),
  };
}

export function opsHeuristics(fnContext: RulesetFunctionContext): OpsHeuristics {
  return opsHeuristicsFrom(canonicalOf(fnContext));
}

export function eventHeuristics(fnContext: RulesetFunctionContext): EventHeuristics {
  return eventHeuristicsFrom(canonicalOf(fnContext));
}
