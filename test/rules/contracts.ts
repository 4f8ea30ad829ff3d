/**
 * Contract builders for the rule tables: the same schemas as Swagger 2.0, OpenAPI 3, AsyncAPI 2 and
 * AsyncAPI 3 documents, so one table runs in every format a rule applies to. `pointer(format, ...)`
 * gives the JSON pointer of a schema node in that format.
 */
import { encodeSegment } from '../../src/document/pointer.js';

export type Format = 'oas2' | 'oas3' | 'asyncapi2' | 'asyncapi3';
export const ALL_FORMATS: Format[] = ['oas2', 'oas3', 'asyncapi2', 'asyncapi3'];
export const OPENAPI_FORMATS: Format[] = ['oas2', 'oas3'];

type Schemas = Record<string, unknown>;

const info = { title: 'Retail test', version: '1.0.0' };

/**
 * A contract whose schemas are all used: OpenAPI responds with each schema from GET /things/{name};
 * AsyncAPI sends each as the payload of a message. Swagger 2.0 inline schemas keep OpenAPI 3 keywords
 * they share (type, format, pattern, example).
 */
export function contractWith(format: Format, schemas: Schemas, extra: Record<string, unknown> = {}): string {
  const names = Object.keys(schemas);
  const ref = (name: string) => ({ $ref: `#/${format === 'oas2' ? 'definitions' : 'components/schemas'}/${name}` });
  switch (format) {
    case 'oas2':
      return JSON.stringify({
        swagger: '2.0',
        info,
        produces: ['application/json'],
        paths: Object.fromEntries(names.map((name) => [`/things-${name.toLowerCase()}`, { get: { operationId: `get${name}`, responses: { '200': { description: 'ok', schema: ref(name) } } } }])),
        definitions: schemas,
        ...extra,
      });
    case 'oas3':
      return JSON.stringify({
        openapi: '3.0.3',
        info,
        paths: Object.fromEntries(
          names.map((name) => [`/things-${name.toLowerCase()}`, { get: { operationId: `get${name}`, responses: { '200': { description: 'ok', content: { 'application/json': { schema: ref(name) } } } } } }]),
        ),
        components: { schemas },
        ...extra,
      });
    case 'asyncapi2':
      return JSON.stringify({
        asyncapi: '2.6.0',
        info,
        channels: Object.fromEntries(names.map((name) => [`things/${name}`, { subscribe: { operationId: `send${name}`, message: { $ref: `#/components/messages/${name}Message` } } }])),
        components: { schemas, messages: Object.fromEntries(names.map((name) => [`${name}Message`, { payload: ref(name) }])) },
        ...extra,
      });
    case 'asyncapi3':
      return JSON.stringify({
        asyncapi: '3.0.0',
        info,
        channels: Object.fromEntries(names.map((name) => [name, { address: `things/${name}`, messages: { [`${name}Message`]: { $ref: `#/components/messages/${name}Message` } } }])),
        operations: Object.fromEntries(names.map((name) => [`send${name}`, { action: 'send', channel: { $ref: `#/channels/${name}` } }])),
        components: { schemas, messages: Object.fromEntries(names.map((name) => [`${name}Message`, { payload: ref(name) }])) },
        ...extra,
      });
  }
}

/** The pointer of a node under a named schema, in the format's schema section. */
export function pointer(format: Format, ...path: string[]): string {
  const base = format === 'oas2' ? ['definitions'] : ['components', 'schemas'];
  return '/' + [...base, ...path].map(encodeSegment).join('/');
}

/** Shorthand: `{type: 'object', properties}` */
export function object(properties: Record<string, unknown>, required?: string[]): Record<string, unknown> {
  return required === undefined ? { type: 'object', properties } : { type: 'object', properties, required };
}

export const file = (format: Format) => (format.startsWith('oas') ? 'api.json' : 'events.json');

import { describe, it } from 'vitest';
import type { Severity } from '../../src/lint/finding.js';
import type { ApigovConfig } from '../../src/lint/config.js';
import { expectFindings, lintText } from './harness.js';

export interface SchemaCase {
  name: string;
  schemas: Schemas;
  /** expected findings of the rule: severity, then the path under the schema section */
  findings: Array<[Severity, ...string[]]>;
  config?: ApigovConfig;
  /** formats this case runs in (default: the table's) */
  formats?: Format[];
}

/** An ESLint-style table: each case runs in each format, asserting exactly the rule's findings. */
export function schemaTable(ruleId: string, formats: Format[], cases: SchemaCase[]): void {
  describe(ruleId, () => {
    for (const c of cases) {
      for (const format of c.formats ?? formats) {
        it(`${c.name} [${format}]`, async () => {
          const options = c.config === undefined ? { file: file(format) } : { file: file(format), config: c.config };
          const findings = await lintText(contractWith(format, c.schemas), options);
          expectFindings(findings, ruleId, c.findings.map(([severity, ...path]) => [severity, pointer(format, ...path)]));
        });
      }
    }
  });
}
