/**
 * The hard cases the anchors get wrong (issue 4, item 5), each as a retail base/revision pair.
 */
import { describe, expect, it } from 'vitest';
import { breaking, diffTexts, expectChange, expectNoBreaking, ids } from './harness.js';

const oas31 = (body: string, version = '1.0.0') => `openapi: 3.1.0\ninfo: {title: Retail, version: ${version}}\n${body}`;

describe('webhooks and callbacks are judged with inverted direction', () => {
  const webhook = (payload: string, answer = '{type: object}') =>
    oas31(`webhooks:
  orderShipped:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
${payload}
      responses:
        '200':
          description: Acknowledged
          content:
            application/json:
              schema: ${answer}
`);
  const shipment = (props: string, required = '[orderId, carrier]') => `              type: object
              required: ${required}
              properties:
                orderId: {type: string}
                carrier: {type: string}
${props}`;

  it('a property removed from a webhook payload breaks subscribers (like a response)', async () => {
    const result = await diffTexts(webhook(shipment('                trackingUrl: {type: string}')), webhook(shipment('')));
    expectChange(result, 'response-property-removed', 'breaking', "webhook orderShipped POST payload (application/json) 'trackingUrl'");
  });

  it('a new required property in a webhook payload does not break subscribers', async () => {
    const result = await diffTexts(webhook(shipment('')), webhook(shipment('                shippedAt: {type: string, format: date-time}', '[orderId, carrier, shippedAt]')));
    expectNoBreaking(result);
    expectChange(result, 'response-required-property-added', 'info');
  });

  it('an enum value added to a webhook payload breaks subscribers that switch over it', async () => {
    const base = webhook(shipment('                service: {type: string, enum: [standard, express]}'));
    const revision = webhook(shipment('                service: {type: string, enum: [standard, express, same-day]}'));
    expectChange(await diffTexts(base, revision), 'response-enum-value-added', 'breaking');
  });

  it('what the subscriber answers is judged like a request', async () => {
    const result = await diffTexts(webhook(shipment(''), '{type: object, properties: {received: {type: boolean}}}'), webhook(shipment(''), '{type: object, required: [received], properties: {received: {type: boolean}}}'));
    expectChange(result, 'request-property-became-required', 'breaking');
  });

  it('a callback body is judged like a response too', async () => {
    const api = (props: string) =>
      oas31(`paths:
  /returns:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {callbackUrl: {type: string}}}}}}
      responses: {'202': {description: Accepted}}
      callbacks:
        refundIssued:
          '{$request.body#/callbackUrl}':
            post:
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {refundId: {type: string}${props}}}
              responses: {'204': {description: ok}}
`);
    const result = await diffTexts(api(', amount: {type: number}'), api(''));
    const change = expectChange(result, 'response-property-removed', 'breaking');
    expect(change.operation).toMatch(/^callback \{\$request.body#\/callbackUrl\} POST/);
  });
});

describe('oneOf/anyOf branches are matched by $ref target or title, not position', () => {
  const payments = (branches: string, extra = '') =>
    oas31(`paths:
  /payments:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
${branches}
      responses:
        '201':
          description: Captured
          content:
            application/json:
              schema:
                oneOf:
${branches.replace(/^ {16}/gm, '                  ')}
components:
  schemas:
    Card: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
    GiftCard: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}, pin: {type: string}}}
    Points: {type: object, required: [points], properties: {points: {type: integer}}}${extra}
`);
  const card = "                - $ref: '#/components/schemas/Card'";
  const gift = "                - $ref: '#/components/schemas/GiftCard'";
  const points = "                - $ref: '#/components/schemas/Points'";

  it('inserting a branch at the front is one branch added, not every branch changed', async () => {
    const result = await diffTexts(payments(`${card}\n${gift}`), payments(`${points}\n${card}\n${gift}`));
    expect(ids(result).sort()).toEqual(['request-branch-added', 'response-branch-added']);
    expectChange(result, 'response-branch-added', 'breaking', 'Points');
    expectChange(result, 'request-branch-added', 'info');
  });

  it('removing the first branch is that branch removed; changes inside a moved branch are found', async () => {
    const result = await diffTexts(payments(`${card}\n${gift}`), payments(gift).replace('pin: {type: string}', 'pin: {type: string, maxLength: 4}'));
    expectChange(result, 'request-branch-removed', 'breaking', 'Card');
    expectChange(result, 'request-max-length-decreased', 'breaking', "'(GiftCard).pin'");
  });

  it('inline branches are matched by title', async () => {
    const voucher = (length: number) => `                - {title: Voucher, type: object, required: [code], properties: {code: {type: string, maxLength: ${length}}}}`;
    const cash = '                - {title: Cash, type: object, properties: {tendered: {type: number}}}';
    const result = await diffTexts(payments(`${voucher(12)}\n${cash}`), payments(`${cash}\n${voucher(8)}`));
    expect(ids(result, 'breaking')).toEqual(['request-max-length-decreased']);
    expectChange(result, 'request-max-length-decreased', 'breaking', "'(Voucher).code'");
  });

  it('a plain schema wrapped into anyOf is judged by what it accepts: not breaking for senders', async () => {
    const api = (schema: string) =>
      oas31(`paths:
  /orders:
    post:
      requestBody:
        content:
          application/json:
            schema: ${schema}
      responses: {'201': {description: ok}}
components:
  schemas:
    Order: {type: object, required: [sku], properties: {sku: {type: string}, quantity: {type: integer}}}
    Reservation: {type: object, required: [reservationId], properties: {reservationId: {type: string}}}
`);
    const result = await diffTexts(api("{$ref: '#/components/schemas/Order'}"), api("{anyOf: [{$ref: '#/components/schemas/Order'}, {$ref: '#/components/schemas/Reservation'}]}"));
    expectNoBreaking(result);
    expectChange(result, 'request-branch-added', 'info', 'Reservation');
  });

  it('a plain schema wrapped into a oneOf whose new branch overlaps is breaking for senders', async () => {
    const api = (schema: string) =>
      oas31(`paths:
  /orders:
    post:
      requestBody:
        content:
          application/json:
            schema: ${schema}
      responses: {'201': {description: ok}}
components:
  schemas:
    Order: {type: object, required: [sku], properties: {sku: {type: string}, quantity: {type: integer}}}
    Preorder: {type: object, required: [sku], properties: {sku: {type: string}, expectedDate: {type: string}}}
`);
    const result = await diffTexts(api("{$ref: '#/components/schemas/Order'}"), api("{oneOf: [{$ref: '#/components/schemas/Order'}, {$ref: '#/components/schemas/Preorder'}]}"));
    expectChange(result, 'request-one-of-branches-overlap', 'breaking', 'Preorder');
    // the properties moved into a branch are not reported as removed
    expect(ids(result)).not.toContain('request-property-removed');
  });

  it('unwrapping a oneOf into one of its branches is breaking for senders of the other, not for receivers', async () => {
    const result = await diffTexts(payments(`${card}\n${gift}`), payments(card).replace(/oneOf:\n\s+- \$ref: '#\/components\/schemas\/Card'/g, "$ref: '#/components/schemas/Card'"));
    expectChange(result, 'request-branch-removed', 'breaking', 'GiftCard');
    expect(ids(result, 'breaking')).not.toContain('response-branch-removed');
  });
});

describe('readOnly and writeOnly', () => {
  const api = (props: string, required: string) =>
    oas31(`paths:
  /customers:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}}
components:
  schemas:
    Customer:
      type: object
      required: ${required}
      properties:
        email: {type: string}
${props}
`);

  it('a new required readOnly property does not break requests, only appears in responses', async () => {
    const result = await diffTexts(api('', '[email]'), api('        loyaltyTier: {type: string, readOnly: true}', '[email, loyaltyTier]'));
    expectNoBreaking(result);
    expect(ids(result)).toEqual(['response-required-property-added']);
  });

  it('a new required writeOnly property breaks requests but is invisible in responses', async () => {
    const result = await diffTexts(api('', '[email]'), api('        password: {type: string, writeOnly: true}', '[email, password]'));
    expect(ids(result)).toEqual(['request-required-property-added']);
  });

  it('changes inside a readOnly property are ignored on the request side', async () => {
    const result = await diffTexts(api('        points: {type: integer, readOnly: true}', '[email]'), api('        points: {type: string, readOnly: true}', '[email]'));
    expect(ids(result)).toEqual(['response-type-changed']);
  });

  it('a property that became readOnly is a warning for senders and nothing for receivers', async () => {
    const result = await diffTexts(api('        tier: {type: string}', '[email]'), api('        tier: {type: string, readOnly: true}', '[email]'));
    expect(ids(result)).toEqual(['request-property-became-read-only']);
  });
});

describe('a newly required property with a default', () => {
  const api = (props: string, required: string) =>
    oas31(`paths:
  /baskets:
    post:
      requestBody: {content: {application/json: {schema: {type: object, required: ${required}, properties: {sku: {type: string}${props}}}}}}
      responses: {'201': {description: ok}}
`);

  it('is still breaking for senders: required means it must be sent, whatever the default', async () => {
    const result = await diffTexts(api('', '[sku]'), api(', currency: {type: string, default: EUR}', '[sku, currency]'));
    const change = expectChange(result, 'request-required-property-added', 'breaking');
    expect(change.message).toContain('default does not help');
  });

  it('an optional property with a default is an addition', async () => {
    const result = await diffTexts(api('', '[sku]'), api(', currency: {type: string, default: EUR}', '[sku]'));
    expectNoBreaking(result);
    expect(ids(result)).toEqual(['request-property-added']);
  });
});

describe('closed objects (additionalProperties: false)', () => {
  const api = (props: string, closed: boolean) =>
    oas31(`paths:
  /stock/{sku}:
    put:
      parameters: [{name: sku, in: path, required: true, schema: {type: string}}]
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Stock'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Stock'}}}}
components:
  schemas:
    Stock:
      type: object
      additionalProperties: ${!closed}
      properties:
        available: {type: integer}
${props}
`);

  it('an added property breaks receivers that validated the closed object, not senders', async () => {
    const result = await diffTexts(api('', true), api('        reserved: {type: integer}', true));
    expectChange(result, 'response-property-added-to-closed-object', 'breaking');
    expectChange(result, 'request-property-added', 'info');
  });

  it('the same addition to an open object breaks nobody', async () => {
    expectNoBreaking(await diffTexts(api('', false), api('        reserved: {type: integer}', false)));
  });

  it('a removed property makes old senders fail against a closed object', async () => {
    const result = await diffTexts(api('        damaged: {type: integer}', true), api('', true));
    expectChange(result, 'request-property-now-rejected', 'breaking');
    expectChange(result, 'response-property-removed', 'breaking');
  });
});

describe('discriminator and mapping changes', () => {
  const api = (mapping: string, branches = "[{$ref: '#/components/schemas/HomeDelivery'}, {$ref: '#/components/schemas/ClickAndCollect'}]") =>
    oas31(`paths:
  /fulfilments:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Fulfilment'}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Fulfilment'}}}}
components:
  schemas:
    Fulfilment:
      oneOf: ${branches}
      discriminator:
        propertyName: mode
        mapping:
${mapping}
    HomeDelivery: {type: object, required: [mode, address], properties: {mode: {type: string}, address: {type: string}}}
    ClickAndCollect: {type: object, required: [mode, storeId], properties: {mode: {type: string}, storeId: {type: string}}}
    Locker: {type: object, required: [mode, lockerId], properties: {mode: {type: string}, lockerId: {type: string}}}
`);
  const home = "          home: '#/components/schemas/HomeDelivery'";
  const store = "          store: '#/components/schemas/ClickAndCollect'";

  it('a renamed mapping value breaks both sides', async () => {
    const result = await diffTexts(api(`${home}\n${store}`), api(`${home}\n          collect: '#/components/schemas/ClickAndCollect'`));
    expectChange(result, 'request-discriminator-value-removed', 'breaking', "'store'");
    expectChange(result, 'response-discriminator-value-added', 'breaking', "'collect'");
  });

  it('a new mapped variant breaks receivers only', async () => {
    const result = await diffTexts(
      api(`${home}\n${store}`),
      api(`${home}\n${store}\n          locker: '#/components/schemas/Locker'`, "[{$ref: '#/components/schemas/HomeDelivery'}, {$ref: '#/components/schemas/ClickAndCollect'}, {$ref: '#/components/schemas/Locker'}]"),
    );
    expect(breaking(result).map((c) => c.checkId).sort()).toEqual(['response-branch-added', 'response-discriminator-value-added']);
  });

  it('a mapping $ref is decoded as a JSON pointer: an escaped name is the same target', async () => {
    const result = await diffTexts(api(`${home}\n${store}`), api(`${home}\n          store: '#/components/schemas/Click%41ndCollect'`));
    expect(result.changes.map((c) => `${c.checkId}: ${c.message}`)).toEqual([]);
  });

  it('a branch $ref with a malformed % escape is diffed, not a crash', async () => {
    const cards = (extra: string) =>
      oas31(`paths:
  /cards:
    post:
      requestBody: {content: {application/json: {schema: {oneOf: [{$ref: '#/x-shared/Gift%ZZCard'}, {type: string}${extra}]}}}}
      responses: {'200': {description: ok}}
x-shared:
  Gift%ZZCard: {type: object, properties: {code: {type: string}}}
`);
    expect(ids(await diffTexts(cards(''), cards(', {type: integer}')))).toEqual(['request-branch-added']);
  });
});

describe('fingerprints', () => {
  const api = (props: string, lines = '') => oas31(`${lines}paths:\n  /orders:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {orderId: {type: string}${props}}}}}}\n`);

  it('are stable when lines move and differ per change', async () => {
    const a = await diffTexts(api(', total: {type: number}'), api(''));
    const b = await diffTexts(api(', total: {type: number}', 'x-comment: moved\n'), api('', 'x-a: 1\nx-b: 2\n'));
    expect(a.changes[0]!.fingerprint).toBe(b.changes[0]!.fingerprint);
    const c = await diffTexts(api(', total: {type: number}, tax: {type: number}'), api(''));
    expect(new Set(c.changes.map((x) => x.fingerprint)).size).toBe(2);
  });

  it('a waived change stays in the result, marked, and no longer drives the version bump', async () => {
    const first = await diffTexts(api(', total: {type: number}'), api(''));
    const fingerprint = first.changes[0]!.fingerprint;
    const waived = await diffTexts(api(', total: {type: number}'), api(''), {
      waive: (change) => (change.fingerprint === fingerprint ? { kind: 'waiver', reason: 'agreed', approvedBy: 'board', expires: '2999-01-01' } : undefined),
    });
    expect(waived.changes.map((c) => c.waived?.reason)).toEqual(['agreed']);
    expect(waived.waived).toBe(1);
    expect(waived.version.requiredBump).not.toBe('major');
  });

  it('level overrides apply per check id, and off removes it', async () => {
    const lowered = await diffTexts(api(', total: {type: number}'), api(''), { levels: { 'response-property-removed': 'warning' } });
    expect(lowered.changes[0]!.level).toBe('warning');
    const off = await diffTexts(api(', total: {type: number}'), api(''), { levels: { 'response-property-removed': 'off' } });
    expect(off.changes).toEqual([]);
  });
});

describe('parameters', () => {
  const api = (parameter: string) =>
    oas31(`paths:
  /stock:
    get:
      parameters:
        - {name: sku, in: query, required: true, schema: {type: string}}
        - ${parameter}
      responses: {'200': {description: ok}}
`);

  it('a parameter moved from query to header is one removed and one added', async () => {
    const result = await diffTexts(api('{name: storeId, in: query, schema: {type: string}}'), api('{name: Store-Id, in: header, required: true, schema: {type: string}}'));
    expectChange(result, 'request-parameter-removed', 'warning', "query parameter 'storeId'");
    expectChange(result, 'request-required-parameter-added', 'breaking', "header parameter 'Store-Id'");
  });

  it('header parameter names match case-insensitively; the schema of a parameter is judged like a request', async () => {
    const result = await diffTexts(api('{name: store-id, in: header, schema: {type: string, maxLength: 12}}'), api('{name: Store-Id, in: header, schema: {type: string, maxLength: 8}}'));
    expect(ids(result)).toEqual(['request-max-length-decreased']);
    expect(result.changes[0]!.message).toBe('GET /stock header parameter Store-Id: maxLength changed from 12 to 8');
  });
  it('style and explode of a parameter whose schema is a $ref to an array are judged (the type is followed through the $ref)', async () => {
    const withSkus = (explode: boolean) =>
      api(`{name: skus, in: query, style: form, explode: ${explode}, schema: {$ref: '#/components/schemas/Skus'}}`) + 'components:\n  schemas:\n    Skus: {type: array, items: {type: string}}\n';
    const result = await diffTexts(withSkus(false), withSkus(true));
    expectChange(result, 'request-parameter-serialization-changed', 'breaking', 'explode false → true');
    const scalar = (explode: boolean) =>
      api(`{name: sku2, in: query, style: form, explode: ${explode}, schema: {$ref: '#/components/schemas/Sku'}}`) + 'components:\n  schemas:\n    Sku: {type: string}\n';
    expect(ids(await diffTexts(scalar(false), scalar(true)))).toEqual([]);
  });
});
