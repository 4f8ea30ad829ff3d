/** The difference between two contracts of the same kind, computed once for all checks. */
import { InputError } from '../../document/errors.js';
import type { NormalizedApi } from '../normalize/index.js';
import { diffEvents, type EventDifference } from './events.js';
import { diffHttp, type HttpDifference } from './http.js';

export type ApiDifference = HttpDifference | EventDifference;

export function computeDifference(base: NormalizedApi, rev: NormalizedApi): ApiDifference {
  if (base.kind === 'http' && rev.kind === 'http') return diffHttp(base, rev);
  if (base.kind === 'event' && rev.kind === 'event') return diffEvents(base, rev);
  const name = (api: NormalizedApi) => (api.kind === 'http' ? 'an OpenAPI' : 'an AsyncAPI');
  throw new InputError('usage', `cannot compare ${name(base)} contract (${base.contract.file}) with ${name(rev)} contract (${rev.contract.file})`);
}

export type { HttpDifference, EventDifference };
