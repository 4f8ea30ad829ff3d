/**
 * Catalog test helpers: build a catalog from contracts written to a temporary project (in process,
 * as the CLI does for small estates), and validate every catalog against schemas/catalog.schema.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import jsyaml from 'js-yaml';
import { buildCatalog, type BuildOptions } from '../../src/catalog/build.js';
import type { EstateConfig } from '../../src/catalog/estate-config.js';
import { processCandidates } from '../../src/catalog/pool.js';
import type { PreviousCatalog } from '../../src/catalog/previous.js';
import { contextFromSetup } from '../../src/catalog/process.js';
import { settleEstate } from '../../src/catalog/settle.js';
import type { Catalog, EstateFinding } from '../../src/catalog/types.js';
import { discover } from '../../src/document/discover.js';
import type { CanonicalDictionary } from '../../src/lint/canonical.js';
import { openWaivers } from '../../src/lint/lint-all.js';
import { setupLint } from '../../src/lint/setup.js';
import { PROJECT_ROOT, STARTER_CONFIG, tempProject } from '../helpers.js';

export const GENERATED_AT = '2026-06-01T12:00:00.000Z';

let validator: ReturnType<Ajv['compile']> | undefined;

/** Assert the catalog matches schemas/catalog.schema.json (strict: no unknown members). */
export function expectValidCatalog(catalog: unknown): void {
  if (validator === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (a: Ajv) => void;
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schemas', 'catalog.schema.json'), 'utf8')) as object);
  }
  const valid = validator(catalog);
  expect(valid ? [] : validator.errors?.slice(0, 5)).toEqual([]);
}

export interface TestCatalogOptions {
  /** apigov.yaml content */
  config?: string;
  inputs?: string[];
  estateConfig?: EstateConfig | null;
  previous?: PreviousCatalog | null;
  generatedAt?: string;
  checks?: BuildOptions['checks'];
  /** a waivers file, false for none (default: apigov-waivers.yaml beside apigov.yaml, as the CLI) */
  waivers?: string | false;
}

/** Write the files to a fresh project and catalog it (all files, or `inputs`). */
export async function catalogOf(files: Record<string, string>, options: TestCatalogOptions = {}): Promise<Catalog> {
  // the starter rules unless the test names its own: scores below are computed by hand for them
  const config = options.config === undefined ? STARTER_CONFIG : /^extends:/m.test(options.config) ? options.config : STARTER_CONFIG + options.config;
  const dir = tempProject({ ...files, 'apigov.yaml': config });
  return catalogIn(dir, options);
}

export async function catalogIn(dir: string, options: TestCatalogOptions = {}): Promise<Catalog> {
  const setup = await setupLint({ cwd: dir });
  const candidates = discover(options.inputs ?? ['.'], dir);
  const outcomes = await processCandidates(candidates, { jobs: 1, flags: { cwd: dir }, context: contextFromSetup(setup) });
  const errors = outcomes.flatMap((o) => (o.kind === 'input-error' ? [o.error.message] : []));
  expect(errors).toEqual([]);
  const linted = outcomes.flatMap((o) => (o.kind === 'contract' ? [o] : []));
  const settled = settleEstate(linted, setup, { waivers: openWaivers(setup.loaded, dir, options.waivers) });
  const catalog = buildCatalog(settled.contracts, {
    generatedAt: options.generatedAt ?? GENERATED_AT,
    toolVersion: '0.0.0-test',
    rulesetVersion: 'apigov:retail@test',
    canonical: setup.settings.canonical as CanonicalDictionary,
    estateConfig: options.estateConfig ?? null,
    checks: options.checks ?? setup.loaded.config.catalog?.checks ?? {},
    previous: options.previous ?? null,
    waivers: settled.waivers,
    waiverFindings: settled.waiverFindings,
  });
  expectValidCatalog(catalog);
  return catalog;
}

export function estateFindings(catalog: Catalog, ruleId: string): EstateFinding[] {
  return catalog.estateFindings.filter((f) => f.ruleId === ruleId);
}

/** `severity file#pointer` of every non-reference location of a rule's findings, sorted. */
export function located(catalog: Catalog, ruleId: string): string[] {
  return estateFindings(catalog, ruleId)
    .flatMap((f) => f.locations.filter((l) => l.reference !== true).map((l) => `${f.severity} ${l.file}#${l.pointer}`))
    .sort();
}

// ---------- small contract builders (YAML text) ----------

export interface Meta {
  apiId?: string;
  title?: string;
  version?: string;
  owner?: string;
  domain?: string;
  system?: string;
  lifecycle?: string;
  sor?: string[];
  consumes?: unknown[];
  sunset?: string;
}

function info(meta: Meta): Record<string, unknown> {
  const out: Record<string, unknown> = { title: meta.title ?? meta.apiId ?? 'API', version: meta.version ?? '1.0.0' };
  if (meta.apiId !== undefined) out['x-api-id'] = meta.apiId;
  out['x-owner'] = meta.owner ?? 'team-default';
  if (meta.domain !== undefined) out['x-domain'] = meta.domain;
  if (meta.system !== undefined) out['x-system'] = meta.system;
  out['x-lifecycle'] = meta.lifecycle ?? 'production';
  if (meta.sunset !== undefined) out['x-sunset'] = meta.sunset;
  out['x-system-of-record'] = meta.sor ?? [];
  if (meta.consumes !== undefined) out['x-consumes'] = meta.consumes;
  return out;
}

export function yaml(value: unknown): string {
  return jsyaml.dump(value, { noRefs: true, lineWidth: 200 });
}

export interface OpenApiBody {
  servers?: string[];
  paths?: Record<string, unknown>;
  schemas?: Record<string, unknown>;
  openapi?: string;
}

export function openApi(meta: Meta, body: OpenApiBody = {}): string {
  const doc: Record<string, unknown> = {
    openapi: body.openapi ?? '3.1.0',
    info: info(meta),
    servers: (body.servers ?? ['https://api.acme-retail.com/v1']).map((url) => ({ url })),
    paths: body.paths ?? {},
  };
  if (body.schemas !== undefined) doc.components = { schemas: body.schemas };
  return yaml(doc);
}

/** A minimal operation with a 200 response. */
export function op(operationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { operationId, responses: { '200': { description: 'ok' } }, ...extra };
}

export interface EventMessage {
  name: string;
  /** CloudEvents type; absent: a plain payload without envelope */
  type?: string;
  /** schema of `data` (CloudEvents) or of the whole payload */
  data?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

export function cloudEvent(type: string, data: Record<string, unknown> = { type: 'object' }): Record<string, unknown> {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'time', 'data'],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string' },
      source: { type: 'string', format: 'uri-reference' },
      type: { type: 'string', const: type },
      time: { type: 'string', format: 'date-time' },
      data,
    },
  };
}

function message(m: EventMessage): Record<string, unknown> {
  const payload = m.type !== undefined ? cloudEvent(m.type, m.data) : (m.data ?? { type: 'object' });
  return { name: m.name, payload, ...(m.extra ?? {}) };
}

export interface Channel3 {
  id: string;
  address: string;
  action: 'send' | 'receive';
  messages: EventMessage[];
  operation?: Record<string, unknown>;
}

export function asyncApi3(meta: Meta, channels: Channel3[], extra: Record<string, unknown> = {}): string {
  const doc: Record<string, unknown> = {
    asyncapi: '3.0.0',
    info: info(meta),
    servers: { production: { host: 'kafka.acme-retail.com:9093', protocol: 'kafka-secure' } },
    channels: Object.fromEntries(channels.map((c) => [c.id, { address: c.address, messages: Object.fromEntries(c.messages.map((m) => [m.name, message(m)])) }])),
    operations: Object.fromEntries(
      channels.map((c) => [
        `${c.action}${c.id[0]!.toUpperCase()}${c.id.slice(1)}`,
        { action: c.action, channel: { $ref: `#/channels/${c.id}` }, messages: c.messages.map((m) => ({ $ref: `#/channels/${c.id}/messages/${m.name}` })), ...(c.operation ?? {}) },
      ]),
    ),
    ...extra,
  };
  return yaml(doc);
}

export interface Channel2 {
  address: string;
  /** 2.x verbs: subscribe = the application sends, publish = it receives */
  verb: 'publish' | 'subscribe';
  message: EventMessage;
  operation?: Record<string, unknown>;
}

export function asyncApi2(meta: Meta, channels: Channel2[]): string {
  const doc: Record<string, unknown> = {
    asyncapi: '2.6.0',
    info: info(meta),
    servers: { production: { url: 'kafka.acme-retail.com:9093', protocol: 'kafka-secure' } },
    channels: Object.fromEntries(channels.map((c) => [c.address, { [c.verb]: { operationId: `${c.verb}${c.message.name}`, message: message(c.message), ...(c.operation ?? {}) } }])),
  };
  return yaml(doc);
}
