/** The custom Spectral functions apigov's rulesets (and users' rulesets) can name in `then.function`. */
import specSchema from './specSchema.js';
import refProblems from './refProblems.js';
// --- ops, events, asyncapi parity (rules-c) ---
import opsIdempotencyKey from './opsIdempotencyKey.js';
import opsPagination from './opsPagination.js';
import opsPageSizeBounded from './opsPageSizeBounded.js';
import opsCollectionEnvelope from './opsCollectionEnvelope.js';
import opsRateLimit429 from './opsRateLimit429.js';
import opsRateLimitHeaders from './opsRateLimitHeaders.js';
import opsTraceContext from './opsTraceContext.js';
import opsOptimisticConcurrency from './opsOptimisticConcurrency.js';
import opsAsyncAccepted from './opsAsyncAccepted.js';
import opsDegradedMode from './opsDegradedMode.js';
import eventsCloudEventsEnvelope from './eventsCloudEventsEnvelope.js';
import eventsAttributeTypes from './eventsAttributeTypes.js';
import eventsTypeNaming from './eventsTypeNaming.js';
import eventsPastTense from './eventsPastTense.js';
import eventsPartitionKey from './eventsPartitionKey.js';
import eventsSchemaVersion from './eventsSchemaVersion.js';
import eventsTracePropagation from './eventsTracePropagation.js';
import eventsDeadLetter from './eventsDeadLetter.js';
import asyncapiSchemaValues from './asyncapiSchemaValues.js';
import asyncapiMessageExamples from './asyncapiMessageExamples.js';
import { asyncapiMessageIdUnique, asyncapiOperationIdUnique } from './asyncapiIdUnique.js';
import asyncapiServerVariables from './asyncapiServerVariables.js';
import asyncapiChannelParameters from './asyncapiChannelParameters.js';
import asyncapiSecurity from './asyncapiSecurity.js';
import asyncapiTagsUnique from './asyncapiTagsUnique.js';
// --- end rules-c ---

// eslint-style registry: one import per function file, keyed by the name used in YAML
export const apigovFunctions: Record<string, (...args: never[]) => unknown> = {
  specSchema,
  refProblems,
  // --- ops, events, asyncapi parity (rules-c) ---
  opsIdempotencyKey,
  opsPagination,
  opsPageSizeBounded,
  opsCollectionEnvelope,
  opsRateLimit429,
  opsRateLimitHeaders,
  opsTraceContext,
  opsOptimisticConcurrency,
  opsAsyncAccepted,
  opsDegradedMode,
  eventsCloudEventsEnvelope,
  eventsAttributeTypes,
  eventsTypeNaming,
  eventsPastTense,
  eventsPartitionKey,
  eventsSchemaVersion,
  eventsTracePropagation,
  eventsDeadLetter,
  asyncapiSchemaValues,
  asyncapiMessageExamples,
  asyncapiMessageIdUnique,
  asyncapiOperationIdUnique,
  asyncapiServerVariables,
  asyncapiChannelParameters,
  asyncapiSecurity,
  asyncapiTagsUnique,
  // --- end rules-c ---
};
