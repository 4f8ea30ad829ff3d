import { describe, expect, it } from 'vitest';
import { dayOf, formatDelta, formatTimestamp } from '../../../src/catalog/render/format.js';
import { eventFlows, formatCounts, lifecycleCounts, sorMatrix, sunsetCalendar, topRules } from '../../../src/catalog/render/views.js';
import { sorMatrixChart } from '../../../src/catalog/render/html/charts/sor-matrix.js';
import { renderMarkdown } from '../../../src/catalog/render/markdown.js';
import { api, fixtureCatalog } from './fixture.js';

describe('catalog views', () => {
  it('counts v1 and v2 of one API id as one system of record, not a conflict', () => {
    const catalog = fixtureCatalog();
    catalog.entities = [{ name: 'Order', systemOfRecord: ['oms', 'oms'], sorConflict: false, readers: [], schemaVariants: 1, driftFindings: 0 }];
    expect(sorMatrix(catalog).rows[0]).toMatchObject({ owners: ['oms'], status: 'ok' });
  });

  it('marks a conflict as estate check X1 decided it, not by counting owners', () => {
    const catalog = fixtureCatalog();
    const entity = (name: string, systemOfRecord: string[], sorConflict?: boolean) => ({ name, systemOfRecord, ...(sorConflict === undefined ? {} : { sorConflict }), readers: [], schemaVariants: 1, driftFindings: 0 });
    catalog.entities = [
      entity('Customer', ['crm', 'loyalty'], true),
      // two contracts of one x-system (the OMS REST API and its events): one source of truth
      entity('Order', ['oms-api', 'oms-events'], false),
      // a catalog.json from before sorConflict: two API ids are a conflict
      entity('Price', ['pricing', 'promotions']),
      entity('Product', []),
    ];
    expect(sorMatrix(catalog).rows.map((r) => `${r.entity.name} ${r.status} ${r.owners.length}`)).toEqual(['Customer conflict 2', 'Order ok 2', 'Price conflict 2', 'Product missing 0']);
    const svg = sorMatrixChart(catalog, new Map());
    expect(svg).toContain('one source: 2 APIs');
    expect(svg).toContain('Conflicts: Customer, Price.');
    expect(renderMarkdown(catalog)).toMatch(/\| Order \| [^\n]*✅ \|/);
  });

  it('marks a schema mismatch only on the producer/consumer pair and event type the finding names', () => {
    const flows = new Map(eventFlows(fixtureCatalog()).map((f) => [f.event.type, f.mismatches]));
    expect(flows.get('com.retail.order.created.v2')).toEqual([{ producer: 'retail-order-events', consumer: 'retail-warehouse-events' }]);
    expect(flows.get('com.retail.payment.captured.v1')).toEqual([]);
    // without an event type in the message, every shared type between the two files is marked
    const catalog = fixtureCatalog();
    catalog.estateFindings.find((f) => f.ruleId === 'estate-consumer-producer-schema-mismatch')!.message = 'The consumer requires a field the producer does not send.';
    expect(eventFlows(catalog).filter((f) => f.mismatches.length > 0).map((f) => f.event.type)).toEqual(['com.retail.order.created.v2']);
  });

  it('attaches consumers to a sunset by pinned major, and to a deprecated message by its event type', () => {
    const catalog = fixtureCatalog();
    const storefront = catalog.apis.find((a) => a.apiId === 'retail-storefront-bff')!;
    storefront.consumesApis = [{ api: 'retail-inventory', major: 2 }]; // pins a major the deprecated v1 is not
    const rows = sunsetCalendar(catalog);
    expect(rows.find((r) => r.api.apiId === 'retail-inventory')!.consumers).toEqual([]);
    const cancelled = rows.find((r) => r.subject === 'OrderCancelled')!;
    expect(cancelled).toMatchObject({ sunset: '2026-03-31', passed: true, consumers: [] });
    catalog.events.find((e) => e.type === 'com.retail.order.cancelled.v1')!.consumers = ['retail-payment-events'];
    // the message's consumers, not every consumer of the API's other events
    expect(sunsetCalendar(catalog).find((r) => r.subject === 'OrderCancelled')!.consumers).toEqual(['retail-payment-events']);
  });

  it('lists a deprecated API without deprecation entries, undated, last', () => {
    const catalog = fixtureCatalog();
    catalog.apis.push(api({ apiId: 'old', title: 'Old API', file: 'old.yaml', format: 'openapi-3.0', lifecycle: 'deprecated' }));
    const rows = sunsetCalendar(catalog);
    expect(rows[rows.length - 1]).toMatchObject({ subject: 'API', sunset: null, passed: false });
  });

  it('ranks rules by count without waived findings', () => {
    const catalog = fixtureCatalog();
    const tallies = topRules(catalog, 100);
    expect(tallies.find((t) => t.ruleId === 'owner-contact-email')).toBeUndefined();
    expect(tallies[0]).toEqual({ ruleId: 'errors-problem-json', severity: 'warn', count: 5, apis: 3, docsUrl: 'https://apigov.example.com/rules/errors-problem-json' });
    expect(topRules(catalog, 3)).toHaveLength(3);
  });

  it('orders lifecycles and formats the way a reader expects', () => {
    const apis = [
      api({ apiId: 'a', title: 'a', file: 'a', format: 'asyncapi-2.6', lifecycle: null }),
      api({ apiId: 'b', title: 'b', file: 'b', format: 'openapi-3.0', lifecycle: 'beta' }),
      api({ apiId: 'c', title: 'c', file: 'c', format: 'openapi-3.1', lifecycle: 'deprecated' }),
      api({ apiId: 'd', title: 'd', file: 'd', format: 'asyncapi-3.0', lifecycle: 'experimental' }),
      api({ apiId: 'e', title: 'e', file: 'e', format: 'openapi-2.0' }),
    ];
    expect(lifecycleCounts(apis).map((l) => l.lifecycle)).toEqual(['experimental', 'production', 'deprecated', 'beta', 'unknown']);
    expect(formatCounts(apis).map((f) => f.format)).toEqual(['openapi-3.1', 'openapi-3.0', 'openapi-2.0', 'asyncapi-3.0', 'asyncapi-2.6']);
  });

  it('formats dates, timestamps and deltas', () => {
    expect(dayOf('2026-12-31')).toBe('2026-12-31');
    expect(dayOf('2026-12-31T23:00:00+02:00')).toBe('2026-12-31');
    expect(dayOf('2026-02-30')).toBeNull();
    expect(dayOf('soon')).toBeNull();
    expect(formatTimestamp('2026-05-04T09:30:12.345Z')).toBe('2026-05-04 09:30 UTC');
    expect(formatTimestamp('2026-05-04T09:30:00+02:00')).toBe('2026-05-04 09:30 +02:00');
    expect(formatDelta(2.44)).toBe('+2.4');
    expect(formatDelta(-3)).toBe('−3');
    expect(formatDelta(0.04)).toBe('±0');
  });
});
