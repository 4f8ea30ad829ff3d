/**
 * The difference between two normalized HTTP APIs, computed once: operations matched by key,
 * parameters by key, bodies and responses by media type and status, security schemes by name (or,
 * for a renamed scheme, by identical definition), and every schema root registered with the
 * schema difference together with its side (who sends that data).
 */
import type { NodeLocation } from '../../document/source.js';
import type { HttpApi, HttpOperation, NHeader, NMedia, NParameter, NRequestBody, NResponse, NSecurityScheme } from '../normalize/index.js';
import type { Side } from '../types.js';
import { SchemaDifference, type SchemaPair } from './schemas.js';

export interface SchemaRoot {
  side: Side;
  /** `request body (application/json)`, `query parameter limit`, `response 200 header RateLimit-Remaining` */
  subject: string;
  /** stable key of the subject for fingerprints */
  subjectKey: string;
  pair: SchemaPair;
}

export interface MediaMatch {
  key: string;
  base: NMedia;
  rev: NMedia;
}

export interface MediaDifference {
  added: NMedia[];
  removed: NMedia[];
  matched: MediaMatch[];
}

export interface ParameterMatch {
  base: NParameter;
  rev: NParameter;
}

export interface HeaderMatch {
  base: NHeader;
  rev: NHeader;
}

export interface ResponseMatch {
  status: string;
  base: NResponse;
  rev: NResponse;
  media: MediaDifference;
  headers: { added: NHeader[]; removed: NHeader[]; matched: HeaderMatch[] };
}

export interface OperationMatch {
  key: string;
  base: HttpOperation;
  rev: HttpOperation;
  /** side of what the consumer sends: `request`, or for webhooks and callbacks `response` */
  requestSide: Side;
  responseSide: Side;
  parameters: { added: NParameter[]; removed: NParameter[]; matched: ParameterMatch[] };
  requestBody: { base: NRequestBody | undefined; rev: NRequestBody | undefined; media: MediaDifference };
  responses: { added: NResponse[]; removed: NResponse[]; matched: ResponseMatch[] };
  schemaRoots: SchemaRoot[];
}

export interface SchemeMatch {
  base: NSecurityScheme;
  rev: NSecurityScheme;
}

export interface HttpDifference {
  kind: 'http';
  base: HttpApi;
  rev: HttpApi;
  schemas: SchemaDifference;
  operations: { added: HttpOperation[]; removed: HttpOperation[]; matched: OperationMatch[] };
  schemes: { added: NSecurityScheme[]; removed: NSecurityScheme[]; matched: SchemeMatch[]; revNameOf: Map<string, string> };
  servers: { added: Array<{ url: string; node: NodeLocation }>; removed: Array<{ url: string; node: NodeLocation }> };
}

export function diffHttp(base: HttpApi, rev: HttpApi): HttpDifference {
  const schemas = new SchemaDifference(base.graph, rev.graph);
  const added: HttpOperation[] = [];
  const removed: HttpOperation[] = [];
  const matched: OperationMatch[] = [];
  for (const [key, operation] of base.operations) {
    const other = rev.operations.get(key);
    if (other === undefined) removed.push(operation);
    else matched.push(matchOperation(schemas, key, operation, other));
  }
  for (const [key, operation] of rev.operations) if (!base.operations.has(key)) added.push(operation);
  schemas.finish();
  const baseUrls = new Set(base.servers.map((s) => s.url));
  const revUrls = new Set(rev.servers.map((s) => s.url));
  return {
    kind: 'http',
    base,
    rev,
    schemas,
    operations: { added, removed, matched },
    schemes: matchSchemes(base.securitySchemes, rev.securitySchemes),
    servers: {
      // a document with no servers serves from wherever it is hosted: nothing to compare
      added: baseUrls.size === 0 ? [] : rev.servers.filter((s) => !baseUrls.has(s.url)),
      removed: revUrls.size === 0 ? [] : base.servers.filter((s) => !revUrls.has(s.url)),
    },
  };
}

function matchOperation(schemas: SchemaDifference, key: string, base: HttpOperation, rev: HttpOperation): OperationMatch {
  // the provider sends a webhook or callback request: for the consumer that is data it receives
  const inverted = base.kind !== 'path';
  const requestSide: Side = inverted ? 'response' : 'request';
  const responseSide: Side = inverted ? 'request' : 'response';
  const roots: SchemaRoot[] = [];
  const root = (side: Side, subject: string, subjectKey: string, b: number | undefined, r: number | undefined) => {
    if (b !== undefined && r !== undefined) roots.push({ side, subject, subjectKey, pair: schemas.pair(b, r) });
  };

  const parameters = { added: [] as NParameter[], removed: [] as NParameter[], matched: [] as ParameterMatch[] };
  for (const [pkey, parameter] of base.parameters) {
    const other = rev.parameters.get(pkey);
    if (other === undefined) parameters.removed.push(parameter);
    else {
      parameters.matched.push({ base: parameter, rev: other });
      root(requestSide, `${other.in} parameter ${other.name}`, `param:${pkey}`, parameter.schema, other.schema);
    }
  }
  for (const [pkey, parameter] of rev.parameters) if (!base.parameters.has(pkey)) parameters.added.push(parameter);

  const bodyMedia = matchMedia(base.requestBody?.content, rev.requestBody?.content);
  for (const m of bodyMedia.matched) root(requestSide, `${inverted ? 'payload' : 'request body'} (${m.rev.mediaType || 'any media type'})`, `body:${m.key}`, m.base.schema, m.rev.schema);

  const responses = { added: [] as NResponse[], removed: [] as NResponse[], matched: [] as ResponseMatch[] };
  for (const [status, response] of base.responses) {
    const other = rev.responses.get(status);
    if (other === undefined) {
      responses.removed.push(response);
      continue;
    }
    const media = matchMedia(response.content, other.content);
    for (const m of media.matched) root(responseSide, `response ${other.status} (${m.rev.mediaType || 'any media type'})`, `response:${status}:${m.key}`, m.base.schema, m.rev.schema);
    const headers = { added: [] as NHeader[], removed: [] as NHeader[], matched: [] as HeaderMatch[] };
    for (const [name, header] of response.headers) {
      const otherHeader = other.headers.get(name);
      if (otherHeader === undefined) headers.removed.push(header);
      else {
        headers.matched.push({ base: header, rev: otherHeader });
        root(responseSide, `response ${other.status} header ${otherHeader.name}`, `header:${status}:${name}`, header.schema, otherHeader.schema);
      }
    }
    for (const [name, header] of other.headers) if (!response.headers.has(name)) headers.added.push(header);
    responses.matched.push({ status, base: response, rev: other, media, headers });
  }
  for (const [status, response] of rev.responses) if (!base.responses.has(status)) responses.added.push(response);

  return {
    key,
    base,
    rev,
    requestSide,
    responseSide,
    parameters,
    requestBody: { base: base.requestBody, rev: rev.requestBody, media: bodyMedia },
    responses,
    schemaRoots: roots,
  };
}

/**
 * Media types by exact key, then by type without parameters (`application/json; charset=utf-8`),
 * and a Swagger 2.0 operation without produces/consumes ('') stands for whatever the other side says.
 */
export function matchMedia(base: Map<string, NMedia> | undefined, rev: Map<string, NMedia> | undefined): MediaDifference {
  const out: MediaDifference = { added: [], removed: [], matched: [] };
  const free = new Map(rev ?? []);
  const unmatched: Array<[string, NMedia]> = [];
  for (const [key, media] of base ?? []) {
    const other = free.get(key);
    if (other !== undefined) {
      free.delete(key);
      out.matched.push({ key, base: media, rev: other });
    } else unmatched.push([key, media]);
  }
  const essence = (key: string) => key.split(';')[0]!;
  for (const [key, media] of unmatched) {
    let found: string | undefined;
    for (const candidate of free.keys()) {
      if (essence(candidate) === essence(key) || key === '' || candidate === '') {
        found = candidate;
        break;
      }
    }
    if (found !== undefined) {
      out.matched.push({ key: found, base: media, rev: free.get(found)! });
      free.delete(found);
    } else out.removed.push(media);
  }
  for (const item of free.values()) out.added.push(item);
  return out;
}

/** Schemes by name; a removed and an added scheme with the same definition are one renamed scheme. */
function matchSchemes(base: Map<string, NSecurityScheme>, rev: Map<string, NSecurityScheme>): HttpDifference['schemes'] {
  const result: HttpDifference['schemes'] = { added: [], removed: [], matched: [], revNameOf: new Map() };
  const unmatchedRev = new Map([...rev].filter(([name]) => !base.has(name)));
  for (const [name, scheme] of base) {
    const other = rev.get(name);
    if (other !== undefined) {
      result.matched.push({ base: scheme, rev: other });
      result.revNameOf.set(name, name);
      continue;
    }
    const signature = schemeSignature(scheme);
    const renamed = [...unmatchedRev.values()].find((candidate) => schemeSignature(candidate) === signature);
    if (renamed !== undefined) {
      unmatchedRev.delete(renamed.name);
      result.matched.push({ base: scheme, rev: renamed });
      result.revNameOf.set(name, renamed.name);
    } else result.removed.push(scheme);
  }
  for (const item of unmatchedRev.values()) result.added.push(item);
  return result;
}

export function schemeSignature(scheme: NSecurityScheme): string {
  const flows = [...scheme.flows].map(([name, f]) => `${name}:${f.authorizationUrl ?? ''}:${f.tokenUrl ?? ''}`).sort().join(',');
  return [scheme.type, scheme.in ?? '', scheme.paramName ?? '', scheme.scheme ?? '', scheme.openIdConnectUrl ?? '', flows].join('|');
}
