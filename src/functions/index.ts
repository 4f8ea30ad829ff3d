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
};
