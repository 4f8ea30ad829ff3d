/** One normalized view per contract, built once per diff and shared by every check. */
import type { Contract } from '../../document/contract.js';
import { normalizeAsyncApi, type EventApi } from './asyncapi.js';
import { normalizeOpenApi, type HttpApi } from './openapi.js';

export type NormalizedApi = HttpApi | EventApi;

/** Not cached: the engine normalizes each side once and keeps the result only as long as the diff. */
export function normalize(contract: Contract): NormalizedApi {
  return contract.format === 'openapi' ? normalizeOpenApi(contract) : normalizeAsyncApi(contract);
}

export type { HttpApi, HttpOperation, NParameter, NRequestBody, NResponse, NMedia, NHeader, NSecurity, NSecurityScheme, SecurityAlternative } from './openapi.js';
export type { EventApi, NChannel, NEventOperation, NMessage, NServer } from './asyncapi.js';
export type { NSchema, NProperty, NBranch, Bound, Additional } from './schema.js';
export { SchemaGraph, canonicalJson, describeType } from './schema.js';
