/** One normalized view per contract, built once and shared by every check. */
import type { Contract } from '../../document/contract.js';
import { normalizeAsyncApi, type EventApi } from './asyncapi.js';
import { normalizeOpenApi, type HttpApi } from './openapi.js';

export type NormalizedApi = HttpApi | EventApi;

const cache = new WeakMap<Contract, NormalizedApi>();

export function normalize(contract: Contract): NormalizedApi {
  let api = cache.get(contract);
  if (api === undefined) {
    api = contract.format === 'openapi' ? normalizeOpenApi(contract) : normalizeAsyncApi(contract);
    cache.set(contract, api);
  }
  return api;
}

export type { HttpApi, HttpOperation, NParameter, NRequestBody, NResponse, NMedia, NHeader, NSecurity, NSecurityScheme, SecurityAlternative } from './openapi.js';
export type { EventApi, NChannel, NEventOperation, NMessage, NServer } from './asyncapi.js';
export type { NSchema, NProperty, NBranch, Bound, Additional } from './schema.js';
export { SchemaGraph, canonicalJson, describeType } from './schema.js';
