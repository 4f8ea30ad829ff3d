import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  entityEnvelopeSchemaValidator,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  parseEntityRef,
  SchemaValidEntityPolicy,
  systemEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import { definitionPath, ownerRef, renderBackstage } from '../../../src/catalog/render/backstage.js';
import { apiEntityNames, entityName } from '../../../src/catalog/render/names.js';
import type { Catalog } from '../../../src/catalog/types.js';
import { api, fixtureCatalog, hostileCatalog } from './fixture.js';

const KIND_VALIDATORS = {
  API: apiEntityV1alpha1Validator,
  Component: componentEntityV1alpha1Validator,
  System: systemEntityV1alpha1Validator,
  Domain: domainEntityV1alpha1Validator,
} as const;

const POLICIES = [new SchemaValidEntityPolicy(), new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy()];

let root: string;
let outDir: string;

/** The fixture's contracts as real files, so `$text` placeholders can be resolved as Backstage does. */
function onDisk(catalog: Catalog): Catalog {
  for (const entry of catalog.apis) {
    const file = path.join(root, entry.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `# ${entry.apiId}\n`);
    entry.file = file;
  }
  return catalog;
}

function parse(yamlText: string): Entity[] {
  const docs = parseAllDocuments(yamlText);
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) expect(doc.errors).toEqual([]);
  return docs.map((doc) => doc.toJS() as Entity);
}

/**
 * What Backstage does with each entity on ingestion: the envelope schema, the `$text` placeholder
 * (read relative to the location file), the default policies, then the kind's own validator.
 */
async function ingest(entity: Entity, locationDir: string): Promise<Entity> {
  entityEnvelopeSchemaValidator()(entity);
  let resolved = structuredClone(entity);
  const definition = (resolved.spec as Record<string, unknown> | undefined)?.['definition'];
  if (definition !== undefined) {
    expect(definition).toEqual({ $text: expect.stringMatching(/^\.\.?\//) });
    const target = path.resolve(locationDir, (definition as { $text: string }).$text);
    expect(fs.existsSync(target), `${entity.metadata.name}: ${target}`).toBe(true);
    resolved = { ...resolved, spec: { ...resolved.spec, definition: fs.readFileSync(target, 'utf8') } };
  }
  for (const policy of POLICIES) resolved = (await policy.enforce(resolved)) ?? resolved;
  const validator = KIND_VALIDATORS[resolved.kind as keyof typeof KIND_VALIDATORS];
  expect(validator, `unexpected kind ${resolved.kind}`).toBeDefined();
  expect(await validator.check(resolved)).toBe(true);
  return resolved;
}

/** Every entity reference in a spec resolves to an exported entity, except teams (group:/user:). */
function danglingRefs(entities: Entity[]): string[] {
  const known = new Set(entities.map((e) => `${e.kind.toLowerCase()}:default/${e.metadata.name}`));
  const refs: Array<[string, string]> = [];
  for (const e of entities) {
    const spec = e.spec as Record<string, unknown>;
    if (typeof spec['system'] === 'string') refs.push([spec['system'], 'system']);
    if (typeof spec['domain'] === 'string') refs.push([spec['domain'], 'domain']);
    for (const ref of (spec['providesApis'] as string[] | undefined) ?? []) refs.push([ref, 'api']);
    for (const ref of (spec['consumesApis'] as string[] | undefined) ?? []) refs.push([ref, 'api']);
    expect(parseEntityRef(spec['owner'] as string, { defaultKind: 'group' }).kind).toMatch(/^(group|user)$/);
  }
  return refs
    .map(([ref, defaultKind]) => parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }))
    .map((r) => `${r.kind.toLowerCase()}:${r.namespace}/${r.name}`)
    .filter((r) => !known.has(r));
}

function byKindAndName(entities: Entity[], kind: string, name: string): Entity {
  const entity = entities.find((e) => e.kind === kind && e.metadata.name === name);
  expect(entity, `${kind} ${name}`).toBeDefined();
  return entity!;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'apigov-backstage-'));
  outDir = path.join(root, 'out');
  fs.mkdirSync(outDir);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('Backstage export', () => {
  it('produces entities that pass Backstage’s own validators, with no dangling references', async () => {
    const yamlText = renderBackstage(onDisk(fixtureCatalog()), { outDir, reportLink: 'https://governance.retail.example/catalog.html' });
    const entities = parse(yamlText);
    for (const entity of entities) await ingest(entity, outDir);
    expect(danglingRefs(entities)).toEqual([]);
    const kinds = entities.map((e) => e.kind);
    expect(new Set(kinds)).toEqual(new Set(['API', 'Component', 'System', 'Domain']));
    expect(kinds.filter((k) => k === 'API')).toHaveLength(9); // ten contracts, one retired
    const keys = entities.map((e) => `${e.kind}:${e.metadata.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(yamlText).not.toMatch(/^\s*[&*][a-z]/m); // no anchors or aliases
  });

  it('maps a contract to an API entity as CATALOG.md describes', () => {
    const entities = parse(renderBackstage(onDisk(fixtureCatalog()), { outDir, reportLink: 'https://governance.retail.example/catalog.html' }));
    expect(byKindAndName(entities, 'API', 'retail-order-management')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: {
        name: 'retail-order-management',
        title: 'Order Management API',
        description: 'Creates and tracks customer orders across channels.\nSystem of record for orders.',
        tags: ['order', 'openapi'],
        annotations: {
          'retail-governance/api-id': 'retail-order-management',
          'retail-governance/score': '96',
          'retail-governance/grade': 'gold',
          'retail-governance/errors': '0',
          'retail-governance/warnings': '2',
          'retail-governance/system-of-record': 'Order,OrderLine',
        },
        links: [{ url: 'https://governance.retail.example/catalog.html#api-retail-order-management', title: 'API governance report', icon: 'dashboard' }],
      },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: 'group:order-platform',
        system: 'oms',
        definition: { $text: '../contracts/oms/order-management.yaml' },
      },
    });
    const events = byKindAndName(entities, 'API', 'retail-order-events');
    expect(events.spec).toMatchObject({ type: 'asyncapi', system: 'oms' });
    expect(events.metadata.annotations).not.toHaveProperty('retail-governance/system-of-record');
  });

  it('links components to the APIs they provide and consume, through x-consumes and event matching', () => {
    const entities = parse(renderBackstage(onDisk(fixtureCatalog()), { outDir }));
    expect(byKindAndName(entities, 'Component', 'oms').spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:order-platform',
      system: 'oms',
      providesApis: ['retail-order-events', 'retail-order-management'],
      // OrderEvents receives com.retail.payment.captured.v1, produced by the payment events API
      consumesApis: ['retail-payment-events'],
    });
    // AsyncAPI 2.6 consumer of com.retail.order.created.v2 → the producer's API entity
    expect(byKindAndName(entities, 'Component', 'psp-gateway').spec!['consumesApis']).toEqual(['retail-order-events']);
    // warehouse events consume order.created (matched) and stock.reserved (orphan: no producer, no link)
    expect(byKindAndName(entities, 'Component', 'wms').spec!['consumesApis']).toEqual(['retail-order-events']);
    // a deprecated API and an experimental one: the component is not going away, it is changing
    expect(byKindAndName(entities, 'Component', 'wms').spec!['lifecycle']).toBe('experimental');
    expect(byKindAndName(entities, 'Component', 'storefront').spec!['consumesApis']).toEqual(['retail-inventory', 'retail-order-management', 'retail-pricing']);
    expect(byKindAndName(entities, 'Component', 'loyalty-engine').spec!['consumesApis']).toEqual(['retail-order-management']);
    expect(byKindAndName(entities, 'System', 'oms').spec).toEqual({ owner: 'group:order-platform', domain: 'order' });
    expect(byKindAndName(entities, 'Domain', 'inventory').spec).toEqual({ owner: 'group:warehouse-team' });
  });

  it('leaves retired contracts out, with every reference to them, and invents no Group entities', () => {
    const catalog = onDisk(fixtureCatalog());
    // a consumer of the retired POS API must not point at an entity that is not exported
    catalog.apis.find((a) => a.apiId === 'retail-storefront-bff')!.consumesApis.push({ api: 'retail-pos-legacy', major: 1 });
    const yamlText = renderBackstage(catalog, { outDir });
    const entities = parse(yamlText);
    expect(yamlText).not.toContain('retail-pos-legacy');
    expect(entities.find((e) => e.metadata.name === 'pos' || e.metadata.name === 'store')).toBeUndefined();
    expect(entities.some((e) => e.kind === 'Group' || e.kind === 'User')).toBe(false);
    expect(danglingRefs(entities)).toEqual([]);
  });

  it('keeps a relative report path as an annotation: Backstage accepts only absolute link URLs', async () => {
    const entities = parse(renderBackstage(onDisk(fixtureCatalog()), { outDir, reportLink: 'catalog.html' }));
    const entity = byKindAndName(entities, 'API', 'retail-pricing');
    expect(entity.metadata.links).toBeUndefined();
    expect(entity.metadata.annotations?.['retail-governance/report']).toBe('catalog.html#api-retail-pricing');
    await ingest(entity, outDir);
  });

  it('turns odd names, missing metadata and repeated ids into valid, unique entities', async () => {
    let files = 0;
    const odd = (apiId: string, extra: Partial<Parameters<typeof api>[0]> = {}) =>
      api({ apiId, title: apiId, file: `contracts/odd/${++files}.yaml`, format: 'openapi-3.0', ...extra });
    const catalog = fixtureCatalog();
    catalog.apis = [
      odd('Ordér Management API!! (ÜBER)', { system: '  OMS / Core ', domain: 'Order & Returns', owner: 'Order Platform Team', lifecycle: null }),
      odd('', { title: '', owner: null, system: 'OMS-core' }),
      odd('x'.repeat(100), { domain: '日本語', system: '???' }),
      odd('x'.repeat(100) + 'y', { owner: 'group:Default/Payments Team' }),
      odd('retail-orders', { major: 1, version: '1.2.0' }),
      odd('retail-orders', { major: 2, version: '2.0.0' }),
      odd('retail-orders', { major: 2, version: '2.1.0' }),
      odd('retail-orders-v2', {}),
      odd('-leading.and.trailing-', { description: '   ', lifecycle: 'sunsetting soon', owner: 'user:jane.doe' }),
    ];
    catalog.events = [];
    const entities = parse(renderBackstage(onDisk(catalog), { outDir, reportLink: 'https://example.com/report.html' }));
    for (const entity of entities) await ingest(entity, outDir);
    expect(danglingRefs(entities)).toEqual([]);
    const apiNames = entities.filter((e) => e.kind === 'API').map((e) => e.metadata.name);
    expect(apiNames).toHaveLength(9);
    expect(new Set(apiNames).size).toBe(9);
    expect(apiNames).toEqual(
      expect.arrayContaining(['order-management-api-uber', 'retail-orders-v1', 'retail-orders-v2', 'retail-orders-v2-2', 'retail-orders-v2-3', 'leading-and-trailing']),
    );
    // OMS / Core and OMS-core slug to the same system: one System, one Component
    const systems = entities.filter((e) => e.kind === 'System').map((e) => e.metadata.name);
    expect(systems).toHaveLength(2);
    expect(systems).toEqual(expect.arrayContaining(['oms-core', expect.stringMatching(/^system-[0-9a-f]{8}$/)]));
    const first = entities.find((e) => e.metadata.annotations?.['retail-governance/api-id'] === 'Ordér Management API!! (ÜBER)')!;
    expect(first.spec).toMatchObject({ lifecycle: 'unknown', owner: 'group:order-platform-team', system: 'oms-core' });
    expect(first.metadata.tags).toEqual(['order-returns', 'openapi']);
    const unowned = entities.find((e) => e.metadata.annotations?.['retail-governance/api-id'] === '')!;
    expect(unowned.spec?.['owner']).toBe('group:unowned');
    expect(unowned.metadata.title).toBe(unowned.metadata.name);
  });

  it('uses a validation harness that rejects what Backstage rejects', async () => {
    const entities = parse(renderBackstage(onDisk(fixtureCatalog()), { outDir }));
    const good = byKindAndName(entities, 'API', 'retail-pricing');
    await expect(ingest({ ...good, metadata: { ...good.metadata, name: 'Pricing API' } }, outDir)).rejects.toThrow(/metadata.name/);
    await expect(ingest({ ...good, metadata: { ...good.metadata, tags: ['Pricing Team'] } }, outDir)).rejects.toThrow(/tags/);
    await expect(ingest({ ...good, spec: { ...good.spec, owner: undefined } }, outDir)).rejects.toThrow(/owner/);
    await expect(ingest({ ...good, spec: { ...good.spec, definition: { $text: './missing.yaml' } } }, outDir)).rejects.toThrow();
  });

  it('survives hostile text: it is data in YAML strings, never structure', async () => {
    const catalog = onDisk(hostileCatalog());
    const entities = parse(renderBackstage(catalog, { outDir }));
    for (const entity of entities) await ingest(entity, outDir);
    const orders = byKindAndName(entities, 'API', 'retail-order-management');
    expect(orders.metadata.title).toBe(catalog.apis[0]!.title);
    expect(orders.metadata.description).toBe(catalog.apis[0]!.description);
  });
});

describe('Backstage names', () => {
  it('slugs any input to a valid, stable entity name', () => {
    expect(entityName('Retail Order-Management')).toBe('retail-order-management');
    expect(entityName('Crème Brûlée')).toBe('creme-brulee');
    expect(entityName('!!!')).toMatch(/^unnamed-[0-9a-f]{8}$/);
    expect(entityName('!!!')).not.toBe(entityName('???'));
    const long = entityName('a'.repeat(80));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).not.toBe(entityName('a'.repeat(81)));
    expect(entityName('a'.repeat(80))).toBe(long);
  });

  it('gives repeated API ids their major, then a counter', () => {
    const apis = [
      api({ apiId: 'orders', title: 'a', file: 'a', format: 'openapi-3.0', major: 1 }),
      api({ apiId: 'orders', title: 'b', file: 'b', format: 'openapi-3.0', major: 2 }),
      api({ apiId: 'orders', title: 'c', file: 'c', format: 'openapi-3.0', major: 2 }),
      api({ apiId: 'orders-v2', title: 'd', file: 'd', format: 'openapi-3.0' }),
      api({ apiId: 'payments', title: 'e', file: 'e', format: 'openapi-3.0' }),
    ];
    expect(apiEntityNames(apis)).toEqual(['orders-v1', 'orders-v2', 'orders-v2-2', 'orders-v2-3', 'payments']);
  });

  it('writes definitions relative to the output folder and owners as group references', () => {
    expect(definitionPath('contracts/a.yaml', 'out')).toBe('../contracts/a.yaml');
    expect(definitionPath('out/contracts/a.yaml', 'out')).toBe('./contracts/a.yaml');
    expect(definitionPath('/estate/contracts/a.yaml', '/estate')).toBe('./contracts/a.yaml');
    expect(ownerRef('Order Platform')).toBe('group:order-platform');
    expect(ownerRef('user:Jane')).toBe('user:jane');
    expect(ownerRef(null)).toBe('group:unowned');
  });
});
