/** owner- rules: a failing and a passing contract per rule and format, asserting rule, severity and pointer. */
import { describe, it } from 'vitest';
import { checkCase, edit, governedAsyncApi2, governedAsyncApi3, governedOpenApi, governedSwagger, type Doc, type RuleCase } from './governed-contracts.js';

const without = (key: string) => (d: Doc) => delete d.info[key];
const set = (key: string, value: unknown) => (d: Doc) => (d.info[key] = value);

const cases: RuleCase[] = [
  // owner-team
  { name: 'x-owner missing is reported at info', rule: 'owner-team', doc: edit(governedOpenApi(), without('x-owner')), expect: [['error', '/info']] },
  { name: 'x-owner that is not a team id', rule: 'owner-team', doc: edit(governedSwagger(), set('x-owner', 'Order Team')), expect: [['error', '/info/x-owner']] },
  {
    name: 'with estate teams configured, an unknown team',
    rule: 'owner-team',
    doc: edit(governedAsyncApi2(), set('x-owner', 'pricing-team')),
    config: { canonical: { teams: ['order-team', 'loyalty-team'] } },
    expect: [['error', '/info/x-owner']],
  },
  {
    name: 'with estate teams configured, a known team passes',
    rule: 'owner-team',
    doc: governedAsyncApi3(),
    config: { canonical: { teams: ['order-team', 'loyalty-team'] } },
    expect: [],
  },
  { name: 'AsyncAPI 3.0: missing', rule: 'owner-team', doc: edit(governedAsyncApi3(), without('x-owner')), expect: [['error', '/info']] },

  // owner-domain
  { name: 'x-domain missing', rule: 'owner-domain', doc: edit(governedOpenApi(), without('x-domain')), expect: [['error', '/info']] },
  { name: 'x-domain not configured', rule: 'owner-domain', doc: edit(governedSwagger(), set('x-domain', 'orders')), expect: [['error', '/info/x-domain']] },
  {
    name: 'a domain the team added in apigov.yaml passes',
    rule: 'owner-domain',
    doc: edit(governedAsyncApi2(), set('x-domain', 'marketplace')),
    config: { canonical: { domains: ['order', 'marketplace'] } },
    expect: [],
  },
  { name: 'AsyncAPI 3.0: not a string', rule: 'owner-domain', doc: edit(governedAsyncApi3(), set('x-domain', ['order'])), expect: [['error', '/info/x-domain']] },

  // owner-system
  { name: 'x-system missing', rule: 'owner-system', doc: edit(governedOpenApi(), without('x-system')), expect: [['warn', '/info']] },
  { name: 'Swagger 2.0: x-system empty', rule: 'owner-system', doc: edit(governedSwagger(), set('x-system', ' ')), expect: [['warn', '/info/x-system']] },
  { name: 'AsyncAPI 2.6: missing', rule: 'owner-system', doc: edit(governedAsyncApi2(), without('x-system')), expect: [['warn', '/info']] },
  { name: 'AsyncAPI 3.0: present', rule: 'owner-system', doc: governedAsyncApi3(), expect: [] },

  // owner-lifecycle
  { name: 'x-lifecycle missing', rule: 'owner-lifecycle', doc: edit(governedOpenApi(), without('x-lifecycle')), expect: [['error', '/info']] },
  { name: 'x-lifecycle not in the list', rule: 'owner-lifecycle', doc: edit(governedSwagger(), set('x-lifecycle', 'beta')), expect: [['error', '/info/x-lifecycle']] },
  { name: 'deprecated without x-sunset', rule: 'owner-lifecycle', doc: edit(governedAsyncApi2(), set('x-lifecycle', 'deprecated')), expect: [['error', '/info']] },
  {
    name: 'deprecated with an impossible x-sunset',
    rule: 'owner-lifecycle',
    doc: edit(governedAsyncApi3(), set('x-lifecycle', 'deprecated'), set('x-sunset', '2026-13-01')),
    expect: [['error', '/info/x-sunset']],
  },
  {
    name: 'deprecated with x-sunset passes',
    rule: 'owner-lifecycle',
    doc: edit(governedOpenApi(), set('x-lifecycle', 'deprecated'), set('x-sunset', '2026-12-31')),
    expect: [],
  },

  // owner-system-of-record
  { name: 'missing', rule: 'owner-system-of-record', doc: edit(governedOpenApi(), without('x-system-of-record')), expect: [['error', '/info']] },
  { name: 'not a list', rule: 'owner-system-of-record', doc: edit(governedOpenApi(), set('x-system-of-record', 'Order')), expect: [['error', '/info/x-system-of-record']] },
  {
    name: 'an unknown entity, and a canonical entity the contract does not define',
    rule: 'owner-system-of-record',
    doc: edit(governedSwagger(), set('x-system-of-record', ['Order', 'Basket', 'Customer'])),
    expect: [
      ['error', '/info/x-system-of-record/1'],
      ['error', '/info/x-system-of-record/2'],
    ],
  },
  { name: 'an empty list passes', rule: 'owner-system-of-record', doc: edit(governedAsyncApi2(), set('x-system-of-record', [])), expect: [] },
  { name: 'AsyncAPI 3.0: an entity defined under components.schemas passes', rule: 'owner-system-of-record', doc: governedAsyncApi3(), expect: [] },
  {
    name: 'AsyncAPI 3.0: an entity not defined',
    rule: 'owner-system-of-record',
    doc: edit(governedAsyncApi3(), set('x-system-of-record', ['Order', 'Shipment'])),
    expect: [['error', '/info/x-system-of-record/1']],
  },

  // owner-api-id
  { name: 'missing', rule: 'owner-api-id', doc: edit(governedOpenApi(), without('x-api-id')), expect: [['warn', '/info']] },
  { name: 'too short and upper case', rule: 'owner-api-id', doc: edit(governedSwagger(), set('x-api-id', 'Orders')), expect: [['warn', '/info/x-api-id']] },
  { name: 'a URN-style id passes', rule: 'owner-api-id', doc: edit(governedAsyncApi2(), set('x-api-id', 'urn:acme:order-events')), expect: [] },
  { name: 'AsyncAPI 3.0: a trailing dash', rule: 'owner-api-id', doc: edit(governedAsyncApi3(), set('x-api-id', 'com.acme.orders-')), expect: [['warn', '/info/x-api-id']] },

  // owner-contact
  {
    name: 'no contact and no description',
    rule: 'owner-contact',
    doc: edit(governedOpenApi(), without('contact'), without('description')),
    expect: [
      ['warn', '/info'],
      ['warn', '/info'],
    ],
  },
  { name: 'a contact without email or url', rule: 'owner-contact', doc: edit(governedSwagger(), set('contact', { name: 'Order team' })), expect: [['warn', '/info/contact']] },
  { name: 'AsyncAPI 2.6: an empty description', rule: 'owner-contact', doc: edit(governedAsyncApi2(), set('description', '')), expect: [['warn', '/info/description']] },
  { name: 'AsyncAPI 3.0: a name and a url pass', rule: 'owner-contact', doc: edit(governedAsyncApi3(), set('contact', { name: 'Order team', url: 'https://wiki.example.com/order-team' })), expect: [] },
];

describe('owner- rules', () => {
  it.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, row) => {
    await checkCase(row);
  });
});
