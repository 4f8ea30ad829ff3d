/** Reading HTTP facts off the OpenAPI model: headers, statuses, media types, domains. */
import type { Contract } from '../../document/contract.js';
import { getChild } from '../../document/pointer.js';
import type { NodeLocation } from '../../document/source.js';
import { effectiveSchema, type Header, type OpenApiModel, type Operation, type Parameter, type Response } from '../../model/index.js';
import { isSuccessResponseKey } from './http-status.js';
import { sameName } from './words.js';

/**
 * Operations the API provider serves. Webhooks and callbacks are requests the provider SENDS: their
 * responses come from the consumer, so rate limits, paging and idempotency of the provider do not apply.
 */
export function servedOperations(model: OpenApiModel): Operation[] {
  return model.operations.filter((op) => op.kind === 'path');
}

export function headerParameter(op: Operation, name: string): Parameter | undefined {
  return op.parameters.find((p) => p.in === 'header' && sameName(p.name, name));
}

export function responseHeader(response: Response, name: string): Header | undefined {
  return response.headers.find((h) => sameName(h.name, name));
}

export function hasAnyHeader(response: Response, names: readonly string[]): boolean {
  return names.some((name) => responseHeader(response, name) !== undefined);
}

export function responseFor(op: Operation, status: string): Response | undefined {
  return op.responses.find((r) => r.status.toUpperCase() === status.toUpperCase());
}


/** The response a client reads on success: 200, else the first 2xx. */
export function successResponse(op: Operation): Response | undefined {
  return responseFor(op, '200') ?? op.responses.find((r) => isSuccessResponseKey(r.status));
}

export function isProblemJson(mediaType: string): boolean {
  return /^application\/problem\+json\s*(;|$)/i.test(mediaType.trim());
}

/** Where a finding about the operation goes: the operation object (`/paths/~1orders/post`). */
export function operationLocation(op: Operation): NodeLocation {
  return { source: op.node.source, path: op.node.path };
}

/** The response as defined: a shared `components/responses/X` is one location for all its uses. */
export function responseLocation(response: Response): NodeLocation {
  return { source: response.node.source, path: response.node.path };
}

/** `x-domain` of the operation, else of `info`. */
export function domainOf(model: OpenApiModel, op: Operation): string | undefined {
  const own = getChild(op.node.value, 'x-domain');
  if (typeof own === 'string') return own;
  const info = model.info === undefined ? undefined : getChild(model.info.value, 'x-domain');
  return typeof info === 'string' ? info : undefined;
}

export function upperMethod(op: Operation): string {
  return op.method.toUpperCase();
}

/** The declared type(s) of a parameter or header: `schema.type` (3.x) or its own `type` (2.0). */
export function typesOf(contract: Contract, schema: Header['schema'] | Parameter['schema']): Set<string> {
  return schema === undefined ? new Set() : effectiveSchema(contract, schema).types;
}
