/**
 * The error responses of an API and the schemas they return, each once where it is defined. Used by
 * the errors- rules. Only operations under `paths` count: webhook and callback responses are sent by
 * the consumer, whose error format the API does not govern.
 */
import type { Contract } from '../../document/contract.js';
import type { ResolvedNode } from '../../document/source.js';
import { effectiveSchema, type MediaType, type OpenApiModel, type Operation, type Response } from '../../model/index.js';
import { locationKey } from '../../model/located.js';
import { servedOperations } from './http.js';
import { isErrorResponseKey } from './http-status.js';

export interface ErrorResponse {
  operation: Operation;
  response: Response;
}


/** Every 4xx/5xx/default response of every served operation (a shared response appears once per use). */
export function errorResponses(model: OpenApiModel): ErrorResponse[] {
  const out: ErrorResponse[] = [];
  for (const operation of servedOperations(model)) {
    for (const response of operation.responses) if (isErrorResponseKey(response.status)) out.push({ operation, response });
  }
  return out;
}

/** `application/problem+json; charset=utf-8` → `application/problem+json`. */
export function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** JSON bodies: `application/json`, `*+json`, and Swagger 2.0 bodies with no declared media type. */
export function isJsonMediaType(mediaType: string): boolean {
  const base = baseMediaType(mediaType);
  return base === '' || base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

export interface ErrorSchema {
  /** the schema (after `$ref`), or one `oneOf`/`anyOf` branch of it */
  node: ResolvedNode;
}

/**
 * Every schema an error response returns as JSON, once per definition. A schema that is a pure
 * `oneOf`/`anyOf` of alternatives stands for its branches, judged one at a time.
 */
export function errorSchemas(contract: Contract, model: OpenApiModel): ErrorSchema[] {
  const seen = new Set<string>();
  const out: ErrorSchema[] = [];
  const add = (node: ResolvedNode, depth: number) => {
    const key = locationKey(node);
    if (seen.has(key)) return;
    seen.add(key);
    const effective = effectiveSchema(contract, node);
    if (depth < 4 && effective.branches.length > 0 && effective.properties.size === 0) {
      for (const branch of effective.branches) add(branch, depth + 1);
      return;
    }
    out.push({ node });
  };
  for (const { response } of errorResponses(model)) {
    for (const media of jsonContent(response.content)) if (media.schema !== undefined) add(media.schema, 0);
  }
  return out;
}

function jsonContent(content: MediaType[]): MediaType[] {
  return content.filter((m) => isJsonMediaType(m.mediaType));
}
