/** The custom Spectral functions apigov's rulesets (and users' rulesets) can name in `then.function`. */
import specSchema from './specSchema.js';
import refProblems from './refProblems.js';
// --- errors, version, security, owner (rules-b) ---
import problemJson from './problemJson.js';
import problemSchema from './problemSchema.js';
import responsesDeclared from './responsesDeclared.js';
import authResponses from './authResponses.js';
import validationResponse from './validationResponse.js';
import errorInternals from './errorInternals.js';
import semverVersion from './semverVersion.js';
import majorVersionInUrl from './majorVersionInUrl.js';
import singleMajorVersion from './singleMajorVersion.js';
import deprecationSunset from './deprecationSunset.js';
import sunsetHeaders from './sunsetHeaders.js';
import securedOperations from './securedOperations.js';
import allowedSecuritySchemes from './allowedSecuritySchemes.js';
import oauthScopes from './oauthScopes.js';
import tlsOnly from './tlsOnly.js';
import sensitiveUrlParameters from './sensitiveUrlParameters.js';
import boundedInputs from './boundedInputs.js';
import ownerTeam from './ownerTeam.js';
import ownerDomain from './ownerDomain.js';
import ownerSystem from './ownerSystem.js';
import ownerLifecycle from './ownerLifecycle.js';
import ownerSystemOfRecord from './ownerSystemOfRecord.js';
import ownerApiId from './ownerApiId.js';
import ownerContact from './ownerContact.js';
// --- end rules-b ---
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
// ids, time, data, naming (rules-a)
import idsCanonicalNames from './idsCanonicalNames.js';
import idsStringType from './idsStringType.js';
import idsDeclaredFormat from './idsDeclaredFormat.js';
import idsGtinFormat from './idsGtinFormat.js';
import idsSkuFormat from './idsSkuFormat.js';
import idsPathParamNames from './idsPathParamNames.js';
import timeRfc3339Format from './timeRfc3339Format.js';
import timeNamingSuffix from './timeNamingSuffix.js';
import timeExampleOffset from './timeExampleOffset.js';
import timeDurationFormat from './timeDurationFormat.js';
import dataMoneyShape from './dataMoneyShape.js';
import dataMoneyNoFloat from './dataMoneyNoFloat.js';
import dataCurrencyIso4217 from './dataCurrencyIso4217.js';
import dataCountryIso3166 from './dataCountryIso3166.js';
import dataQuantityInteger from './dataQuantityInteger.js';
import namingPathSegments from './namingPathSegments.js';
import namingPropertyCase from './namingPropertyCase.js';
import namingOperationId from './namingOperationId.js';

// eslint-style registry: one import per function file, keyed by the name used in YAML
export const apigovFunctions: Record<string, (...args: never[]) => unknown> = {
  specSchema,
  refProblems,
  // --- errors, version, security, owner (rules-b) ---
  problemJson,
  problemSchema,
  responsesDeclared,
  authResponses,
  validationResponse,
  errorInternals,
  semverVersion,
  majorVersionInUrl,
  singleMajorVersion,
  deprecationSunset,
  sunsetHeaders,
  securedOperations,
  allowedSecuritySchemes,
  oauthScopes,
  tlsOnly,
  sensitiveUrlParameters,
  boundedInputs,
  ownerTeam,
  ownerDomain,
  ownerSystem,
  ownerLifecycle,
  ownerSystemOfRecord,
  ownerApiId,
  ownerContact,
  // --- end rules-b ---
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
  // ids, time, data, naming (rules-a)
  idsCanonicalNames,
  idsStringType,
  idsDeclaredFormat,
  idsGtinFormat,
  idsSkuFormat,
  idsPathParamNames,
  timeRfc3339Format,
  timeNamingSuffix,
  timeExampleOffset,
  timeDurationFormat,
  dataMoneyShape,
  dataMoneyNoFloat,
  dataCurrencyIso4217,
  dataCountryIso3166,
  dataQuantityInteger,
  namingPathSegments,
  namingPropertyCase,
  namingOperationId,
};
