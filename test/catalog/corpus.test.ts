/** The catalog on real contracts from the shared corpus (skipped when it is absent). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus, tempProject } from '../helpers.js';
import { catalogIn, estateFindings } from './helpers.js';

describe.skipIf(!hasCorpus)('catalog on the corpus', () => {
  it('matches the social-media services of AsyncAPI 2.6 and 3.0 to each other: every event received is sent', async () => {
    const dir = tempProject();
    for (const version of ['v2.6', 'v3.0']) fs.cpSync(path.join(CORPUS, 'asyncapi', version, 'social-media'), path.join(dir, version), { recursive: true });
    const catalog = await catalogIn(dir, { inputs: ['v2.6', 'v3.0'] });
    expect(catalog.apis.map((a) => a.apiId).sort()).toEqual(['backend', 'backend', 'comments-service', 'comments-service', 'frontend', 'frontend', 'notification-service', 'notification-service', 'public-api', 'public-api']);
    expect(estateFindings(catalog, 'estate-orphan-consumed-event')).toEqual([]);
    const liked = catalog.events.find((e) => e.type === 'comment/liked#commentLiked')!;
    expect(liked).toMatchObject({ producers: ['backend'], consumers: ['comments-service', 'notification-service', 'public-api'], orphan: false });
  });

  it('reads the streetlights examples the same way in AsyncAPI 2.6 (publish/subscribe) and 3.0 (action)', async () => {
    const dir = tempProject();
    fs.copyFileSync(path.join(CORPUS, 'asyncapi', 'v2.6', 'streetlights-kafka.yml'), path.join(dir, 'v2.yml'));
    fs.copyFileSync(path.join(CORPUS, 'asyncapi', 'v3.0', 'streetlights-kafka-asyncapi.yml'), path.join(dir, 'v3.yml'));
    const catalog = await catalogIn(dir);
    const [v2, v3] = [catalog.apis.find((a) => a.file === 'v2.yml')!, catalog.apis.find((a) => a.file === 'v3.yml')!];
    expect(v2.consumes).toEqual(['smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured#lightMeasured']);
    expect(v3.consumes).toEqual(v2.consumes);
    expect(v3.produces).toEqual(v2.produces);
    expect(v2.produces).toHaveLength(3);
  });

  it('catalogs a large real contract (Stripe) into a valid catalog', async () => {
    const dir = tempProject();
    fs.copyFileSync(path.join(CORPUS, 'openapi', 'stripe-spec3.yaml'), path.join(dir, 'stripe.yaml'));
    const catalog = await catalogIn(dir);
    const stripe = catalog.apis[0]!;
    expect(stripe.operations.count).toBeGreaterThan(400);
    expect(stripe.operations.list.filter((o) => o.paginated).length).toBeGreaterThan(50);
    expect(stripe.score.total).toBeGreaterThan(0);
  }, 120_000);
});
