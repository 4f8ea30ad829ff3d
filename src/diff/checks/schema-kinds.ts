/**
 * The schema checks, written once and instantiated per side: `request-…` (data the client sends),
 * `response-…` (data it receives), `received-message-…` and `sent-message-…` (events the
 * application receives or publishes). The level of each kind depends on which way the data flows,
 * as DIFF-POLICY.md tabulates. Their examples are the test fixtures of every instance.
 */
import type { Level, Side } from '../types.js';

export interface SchemaKind {
  kind: string;
  family: 'schemas' | 'lifecycle';
  levels: Partial<Record<Side, Level>>;
  /** one line, side-neutral: "a property was removed" */
  summary: string;
  what: string;
  why: { sends?: string; receives?: string };
  addition?: boolean;
  /** YAML of `components.schemas`: base, a revision that triggers the check, one that does not */
  example: { root?: string; base: string; bad: string; good: string };
}

/** Levels for data the consumer sends, data it receives, and (if different) messages the app sends. */
function lv(sends: Level | undefined, receives: Level | undefined, sentMessage?: Level): Partial<Record<Side, Level>> {
  const out: Partial<Record<Side, Level>> = {};
  if (sends !== undefined) {
    out.request = sends;
    out['received-message'] = sends;
  }
  if (receives !== undefined) {
    out.response = receives;
    out['sent-message'] = sentMessage ?? receives;
  }
  return out;
}

const ORDER = (extra: string, required = '[orderId]') => `Order:
  type: object
  required: ${required}
  properties:
    orderId: {type: string}
${extra
  .trim()
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}`;

const SENDS_REJECTED = 'Clients built against the old contract send data the API now rejects: an order from the web shop or a POS terminal fails with 400 at checkout.';

export const SCHEMA_KINDS: SchemaKind[] = [
  {
    kind: 'property-removed',
    family: 'schemas',
    levels: lv('warning', 'breaking'),
    summary: 'a property was removed',
    what: 'A property declared in the base schema is no longer declared in the revision.',
    why: {
      sends: 'Old clients keep sending the property. An open object ignores it, so nothing fails at once, but the data (a gift message, a store id) is silently dropped: review whether the order flow still works without it.',
      receives: 'Clients that read the property get nothing: a POS receipt that prints the loyalty balance, or an ERP posting that copies the tax code, breaks or posts wrong data.',
    },
    example: {
      base: ORDER('giftMessage: {type: string, maxLength: 200}'),
      bad: ORDER(''),
      good: ORDER('giftMessage: {type: string, maxLength: 200, deprecated: true, x-sunset: "2027-01-31"}'),
    },
  },
  {
    kind: 'property-now-rejected',
    family: 'schemas',
    levels: lv('breaking', undefined),
    summary: 'a property was removed from a closed object (additionalProperties: false), so sending it is now rejected',
    what: 'A property was removed from an object that does not allow other properties: payloads that still carry it fail validation.',
    why: { sends: 'Every existing client still sends the property; a closed object now rejects the whole order, basket or stock adjustment.' },
    example: {
      base: ORDER('giftMessage: {type: string}').replace('type: object', 'type: object\n  additionalProperties: false'),
      bad: ORDER('').replace('type: object', 'type: object\n  additionalProperties: false'),
      good: ORDER('giftMessage: {type: string, deprecated: true, x-sunset: "2027-01-31"}').replace('type: object', 'type: object\n  additionalProperties: false'),
    },
  },
  {
    kind: 'property-added',
    family: 'schemas',
    levels: lv('info', 'info'),
    addition: true,
    summary: 'an optional property was added',
    what: 'The revision declares a new, optional property.',
    why: {
      sends: 'Old clients simply do not send it. A feature addition: bump the minor version.',
      receives: 'Tolerant readers ignore unknown properties. A feature addition: bump the minor version.',
    },
    example: {
      base: ORDER(''),
      bad: ORDER('giftMessage: {type: string, maxLength: 200}'),
      good: ORDER('').replace('type: object', 'type: object\n  description: A customer order'),
    },
  },
  {
    kind: 'property-added-to-closed-object',
    family: 'schemas',
    levels: lv(undefined, 'breaking'),
    summary: 'a property was added to a closed object (additionalProperties: false)',
    what: 'The base object was closed (`additionalProperties: false`), so clients were entitled to reject any property they do not know; the revision adds one.',
    why: { receives: 'Clients generated from a closed schema reject the new property: the store app cannot read the order any more, and event consumers dead-letter every new message.' },
    example: {
      base: ORDER('').replace('type: object', 'type: object\n  additionalProperties: false'),
      bad: ORDER('giftMessage: {type: string}').replace('type: object', 'type: object\n  additionalProperties: false'),
      good: ORDER('').replace('type: object', 'type: object\n  additionalProperties: false\n  description: A customer order'),
    },
  },
  {
    kind: 'required-property-added',
    family: 'schemas',
    levels: lv('breaking', 'info', 'breaking'),
    summary: 'a new required property was added',
    what: 'The revision declares a new property and requires it. A `default` does not help a sender: `required` means the property must be present, and a validating server rejects the payload without it.',
    why: {
      sends: SENDS_REJECTED,
      receives: 'For HTTP responses a new property that is always present is an addition. For events the application publishes it is breaking: consumers replay retained messages produced under the old schema, which lack the property.',
    },
    example: {
      base: ORDER(''),
      bad: ORDER('storeId: {type: string}', '[orderId, storeId]'),
      good: ORDER('storeId: {type: string}'),
    },
  },
  {
    kind: 'property-became-required',
    family: 'schemas',
    levels: lv('breaking', 'info', 'breaking'),
    summary: 'an optional property became required',
    what: 'A property that was optional is now listed in `required`.',
    why: {
      sends: `${SENDS_REJECTED} Requiring the loyalty id on every order shuts out guest checkout.`,
      receives: 'For HTTP responses clients now always get what they already handled. For events the application publishes it is breaking: consumers replaying retained events meet messages without it.',
    },
    example: {
      base: ORDER('loyaltyId: {type: string}'),
      bad: ORDER('loyaltyId: {type: string}', '[orderId, loyaltyId]'),
      good: ORDER('loyaltyId: {type: string, description: Loyalty account of the customer, if any}'),
    },
  },
  {
    kind: 'property-became-optional',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'a required property became optional',
    what: 'A property listed in `required` is no longer required.',
    why: {
      sends: 'Clients may still send it. Relaxing a request is compatible.',
      receives: 'Clients assume the property is always there: a missing total or currency crashes the receipt printer, or posts a zero-value invoice into the ERP.',
    },
    example: {
      base: ORDER('total: {type: number}', '[orderId, total]'),
      bad: ORDER('total: {type: number}'),
      good: ORDER('total: {type: number, description: Order total incl. tax}', '[orderId, total]'),
    },
  },
  {
    kind: 'property-became-read-only',
    family: 'schemas',
    levels: lv('warning', undefined),
    summary: 'a property became readOnly: clients may no longer set it',
    what: 'A property clients could send is now `readOnly`: servers ignore or reject it in requests.',
    why: { sends: 'Clients that set it (a POS that sets the order status on creation) silently lose the value or get a 400.' },
    example: {
      base: ORDER('status: {type: string}'),
      bad: ORDER('status: {type: string, readOnly: true}'),
      good: ORDER('status: {type: string}\ncreatedAt: {type: string, format: date-time, readOnly: true}'),
    },
  },
  {
    kind: 'property-became-write-only',
    family: 'schemas',
    levels: lv(undefined, 'breaking'),
    summary: 'a property became writeOnly: it is no longer returned',
    what: 'A property clients could read is now `writeOnly`: it disappears from responses and published data.',
    why: { receives: 'Clients that read it (the order history screen, a reconciliation job) get nothing back.' },
    example: {
      base: ORDER('paymentReference: {type: string}'),
      bad: ORDER('paymentReference: {type: string, writeOnly: true}'),
      good: ORDER('paymentReference: {type: string}\ncardToken: {type: string, writeOnly: true}'),
    },
  },
  {
    kind: 'type-changed',
    family: 'schemas',
    levels: lv('breaking', 'breaking'),
    summary: 'the type changed',
    what: 'The allowed JSON types changed to something neither wider nor narrower (string → integer, object → array). When the types share nothing, the structure below is not compared further: this change says it all.',
    why: {
      sends: `${SENDS_REJECTED} A quantity sent as 2 where "2" is now expected fails.`,
      receives: 'Every client that parses the value breaks: typed SDKs throw, and ERP imports reject the record.',
    },
    example: {
      base: ORDER('quantity: {type: integer}'),
      bad: ORDER('quantity: {type: string}'),
      good: ORDER('quantity: {type: integer, description: Units ordered}'),
    },
  },
  {
    kind: 'type-widened',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'the type was widened (e.g. integer → number, or a type added)',
    what: 'The revision allows every value the base allowed and more: `integer` → `number`, or a type added to a type list.',
    why: {
      sends: 'Every value old clients send is still accepted.',
      receives: 'Clients receive values they cannot store: a fractional stock quantity in an integer column of the warehouse system.',
    },
    example: {
      base: ORDER('quantity: {type: integer}'),
      bad: ORDER('quantity: {type: number}'),
      good: ORDER('quantity: {type: integer}\nweightKg: {type: number}'),
    },
  },
  {
    kind: 'type-narrowed',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'the type was narrowed (e.g. number → integer, or a type removed)',
    what: 'The revision allows fewer values than the base: `number` → `integer`, or a type removed from a type list.',
    why: {
      sends: `${SENDS_REJECTED} A scale that sends 1.5 kg of cheese as the quantity is now refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('quantity: {type: number}'),
      bad: ORDER('quantity: {type: integer}'),
      good: ORDER('quantity: {type: number, minimum: 0}'),
    },
  },
  {
    kind: 'format-changed',
    family: 'schemas',
    levels: lv('breaking', 'breaking'),
    summary: 'the format changed (or contentEncoding / contentMediaType)',
    what: 'The `format` (or `contentEncoding` / `contentMediaType`) changed to one that is neither wider nor narrower, e.g. `date` → `date-time`.',
    why: {
      sends: `${SENDS_REJECTED} A delivery date sent as 2026-05-01 no longer validates as a date-time.`,
      receives: 'Clients parse the value with the old format: dates shift, ids fail to parse.',
    },
    example: {
      base: ORDER('deliveryDate: {type: string, format: date}'),
      bad: ORDER('deliveryDate: {type: string, format: date-time}'),
      good: ORDER('deliveryDate: {type: string, format: date}\ndeliveryWindowStart: {type: string, format: date-time}'),
    },
  },
  {
    kind: 'format-widened',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'the format was widened (int32 → int64, float → double, or format removed)',
    what: 'The revision allows a wider format: `int32` → `int64`, `float` → `double`, or no format at all.',
    why: {
      sends: 'Everything old clients send still fits.',
      receives: 'Clients store the value in the old, smaller type: loyalty point balances above 2^31 overflow.',
    },
    example: {
      base: 'LoyaltyAccount:\n  type: object\n  properties:\n    points: {type: integer, format: int32}',
      bad: 'LoyaltyAccount:\n  type: object\n  properties:\n    points: {type: integer, format: int64}',
      good: 'LoyaltyAccount:\n  type: object\n  properties:\n    points: {type: integer, format: int32, minimum: 0}',
      root: 'LoyaltyAccount',
    },
  },
  {
    kind: 'format-narrowed',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'the format was narrowed (int64 → int32, or a format added)',
    what: 'The revision allows a narrower format: `int64` → `int32`, or a format (such as `uuid`) where there was none.',
    why: {
      sends: `${SENDS_REJECTED} Order ids that are not UUIDs (legacy store ids) are now refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('basketId: {type: string}'),
      bad: ORDER('basketId: {type: string, format: uuid}'),
      good: ORDER('basketId: {type: string, description: Basket the order was placed from}'),
    },
  },
  {
    kind: 'became-nullable',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'the value became nullable',
    what: 'The value may now be null. All three spellings count: `nullable: true` (3.0), `x-nullable` (2.0), `type: [x, "null"]` or a null `oneOf`/`anyOf` branch (3.1).',
    why: {
      sends: 'Old clients never send null; nothing changes for them.',
      receives: 'Clients that never expected null crash on it: a null unit price on a shelf-edge label job, a null store id in the routing service.',
    },
    example: {
      base: ORDER('promisedDate: {type: string, format: date}'),
      bad: ORDER('promisedDate: {type: [string, "null"], format: date}'),
      good: ORDER('promisedDate: {type: string, format: date, description: Promised delivery date}'),
    },
  },
  {
    kind: 'became-not-nullable',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'the value is no longer nullable',
    what: 'The value may no longer be null.',
    why: {
      sends: `${SENDS_REJECTED} Clients that send null for an unknown store id are refused.`,
      receives: 'Clients handled null and now never see it.',
    },
    example: {
      base: ORDER('storeId: {type: [string, "null"]}'),
      bad: ORDER('storeId: {type: string}'),
      good: ORDER('storeId: {type: [string, "null"], description: Store that fulfils the order}'),
    },
  },
  {
    kind: 'enum-value-added',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    addition: true,
    summary: 'an enum (or const) value was added',
    what: 'The enum of a closed set of values (or a `const`) gained a value.',
    why: {
      sends: 'Clients may now send the new value; old ones keep sending old values.',
      receives: 'Clients switch over the known values: an order status `partially-shipped` that the store app does not know leaves orders stuck in the wrong queue. Declare open sets with `x-extensible-enum` to make additions a warning.',
    },
    example: {
      base: ORDER('status: {type: string, enum: [placed, shipped, delivered]}'),
      bad: ORDER('status: {type: string, enum: [placed, shipped, delivered, returned]}'),
      good: ORDER('status: {type: string, enum: [delivered, placed, shipped]}'),
    },
  },
  {
    kind: 'extensible-enum-value-added',
    family: 'schemas',
    levels: lv('info', 'warning'),
    addition: true,
    summary: 'a value was added to an open enum (x-extensible-enum)',
    what: 'An open list of values (`x-extensible-enum`) gained a value. Clients are required to handle unknown values, so this is a warning rather than breaking.',
    why: {
      sends: 'Clients may send the new value.',
      receives: 'Clients must already treat unknown values gracefully; check that the store app shows a sensible fallback for the new one.',
    },
    example: {
      base: ORDER('fulfilmentChannel: {type: string, x-extensible-enum: [delivery, click-and-collect]}'),
      bad: ORDER('fulfilmentChannel: {type: string, x-extensible-enum: [delivery, click-and-collect, locker]}'),
      good: ORDER('fulfilmentChannel: {type: string, x-extensible-enum: [delivery, click-and-collect], description: How the order reaches the customer}'),
    },
  },
  {
    kind: 'enum-value-removed',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'an enum (or const) value was removed',
    what: 'A value of an enum, `const` or `x-extensible-enum` is no longer allowed.',
    why: {
      sends: `${SENDS_REJECTED} A till still sending payment method \`cheque\` fails every such sale.`,
      receives: 'Clients no longer see a value they handled.',
    },
    example: {
      base: ORDER('paymentMethod: {type: string, enum: [card, cash, cheque]}'),
      bad: ORDER('paymentMethod: {type: string, enum: [card, cash]}'),
      good: ORDER('paymentMethod: {type: string, enum: [card, cash, cheque], description: "cheque is being phased out"}'),
    },
  },
  {
    kind: 'became-enum',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'a free value became restricted to an enum',
    what: 'A value that accepted anything of its type is now restricted to a list (`enum` or `const`).',
    why: {
      sends: `${SENDS_REJECTED} Sales channels that were free text (\`kiosk\`) are refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('salesChannel: {type: string}'),
      bad: ORDER('salesChannel: {type: string, enum: [web, store, app]}'),
      good: ORDER('salesChannel: {type: string, x-extensible-enum: [web, store, app]}'),
    },
  },
  {
    kind: 'enum-removed',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'an enum restriction was removed: any value of the type is allowed',
    what: 'A value restricted to a list now accepts anything of its type.',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients switch over the known values and meet values they cannot map: a new tax category that the ERP posting rules do not know.',
    },
    example: {
      base: ORDER('taxCategory: {type: string, enum: [standard, reduced, zero]}'),
      bad: ORDER('taxCategory: {type: string}'),
      good: ORDER('taxCategory: {type: string, enum: [standard, reduced, zero], description: VAT category}'),
    },
  },
  ...boundKinds(),
  {
    kind: 'multiple-of-narrowed',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'multipleOf was set or changed so that fewer values are allowed',
    what: '`multipleOf` was added, or changed to a value that allows fewer numbers (0.01 → 0.05).',
    why: {
      sends: `${SENDS_REJECTED} A price of 9.99 is refused once prices must be multiples of 0.05.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('unitPrice: {type: number, multipleOf: 0.01}'),
      bad: ORDER('unitPrice: {type: number, multipleOf: 0.05}'),
      good: ORDER('unitPrice: {type: number, multipleOf: 0.01, description: Price per unit}'),
    },
  },
  {
    kind: 'multiple-of-widened',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'multipleOf was removed or changed so that more values are allowed',
    what: '`multipleOf` was removed, or changed to allow more numbers (0.05 → 0.01).',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients that rely on the granularity (cash rounding to 0.05 at the till) receive values they cannot represent.',
    },
    example: {
      base: ORDER('cashTotal: {type: number, multipleOf: 0.05}'),
      bad: ORDER('cashTotal: {type: number, multipleOf: 0.01}'),
      good: ORDER('cashTotal: {type: number, multipleOf: 0.05, description: Total rounded for cash payment}'),
    },
  },
  {
    kind: 'unique-items-added',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'uniqueItems was added to an array',
    what: 'An array now requires its items to be unique.',
    why: {
      sends: `${SENDS_REJECTED} A basket that lists the same voucher code twice is refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('voucherCodes: {type: array, items: {type: string}}'),
      bad: ORDER('voucherCodes: {type: array, uniqueItems: true, items: {type: string}}'),
      good: ORDER('voucherCodes: {type: array, items: {type: string}, description: Vouchers applied}'),
    },
  },
  {
    kind: 'unique-items-removed',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'uniqueItems was removed from an array',
    what: 'An array no longer requires unique items.',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients that keyed items by value (a set of SKUs) now receive duplicates and double-count stock.',
    },
    example: {
      base: ORDER('skus: {type: array, uniqueItems: true, items: {type: string}}'),
      bad: ORDER('skus: {type: array, items: {type: string}}'),
      good: ORDER('skus: {type: array, uniqueItems: true, items: {type: string}, description: Distinct SKUs in the order}'),
    },
  },
  {
    kind: 'pattern-added',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'a pattern was added',
    what: 'A string value must now match a regular expression it did not have to match before.',
    why: {
      sends: `${SENDS_REJECTED} Lower-case SKUs from a marketplace feed are refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('sku: {type: string, maxLength: 40}'),
      bad: ORDER("sku: {type: string, maxLength: 40, pattern: '^[A-Z0-9-]+$'}"),
      good: ORDER('sku: {type: string, maxLength: 40, description: Stock keeping unit}'),
    },
  },
  {
    kind: 'pattern-removed',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'a pattern was removed',
    what: 'A string value no longer has to match a regular expression.',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients that relied on the format (parsing the store number out of an id) receive values they cannot parse.',
    },
    example: {
      base: ORDER("sku: {type: string, pattern: '^[A-Z0-9-]{1,40}$'}"),
      bad: ORDER('sku: {type: string}'),
      good: ORDER("sku: {type: string, pattern: '^[A-Z0-9-]{1,40}$', description: Stock keeping unit}"),
    },
  },
  {
    kind: 'pattern-changed',
    family: 'schemas',
    levels: lv('breaking', 'breaking'),
    summary: 'the pattern changed',
    what: 'A string value must match a different regular expression. apigov cannot prove one pattern contains the other, so the change is judged breaking both ways.',
    why: {
      sends: SENDS_REJECTED,
      receives: 'Clients that parse the value by the old pattern fail.',
    },
    example: {
      base: ORDER("giftCardNumber: {type: string, pattern: '^[0-9]{16}$'}"),
      bad: ORDER("giftCardNumber: {type: string, pattern: '^GC[0-9]{14}$'}"),
      good: ORDER("giftCardNumber: {type: string, pattern: '^[0-9]{16}$', description: Printed on the card}"),
    },
  },
  {
    kind: 'additional-properties-closed',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'the object was closed (additionalProperties: false) or extra properties were restricted to a schema',
    what: 'The object used to accept properties it does not declare; it now rejects them (`additionalProperties: false`) or restricts them to a schema.',
    why: {
      sends: `${SENDS_REJECTED} Marketplace connectors that pass through extra attributes are refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER(''),
      bad: ORDER('').replace('type: object', 'type: object\n  additionalProperties: false'),
      good: ORDER('').replace('type: object', 'type: object\n  description: A customer order'),
    },
  },
  {
    kind: 'additional-properties-opened',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'the object was opened: properties it does not declare are now allowed',
    what: 'A closed object (`additionalProperties: false`, or a schema for extra properties) now accepts any extra property.',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients generated from the closed schema reject the properties that may now appear.',
    },
    example: {
      base: ORDER('').replace('type: object', 'type: object\n  additionalProperties: false'),
      bad: ORDER(''),
      good: ORDER('').replace('type: object', 'type: object\n  additionalProperties: false\n  description: A customer order'),
    },
  },
  {
    kind: 'branch-added',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'a oneOf/anyOf branch was added (or a plain schema was wrapped into one)',
    what: 'A `oneOf`/`anyOf` gained a branch. Branches are matched by `$ref` target, title, discriminator value and shape, never by position; a plain schema wrapped into a `oneOf` counts as the branch it became plus the new ones.',
    why: {
      sends: 'Clients may send the new variant; old variants are still accepted (see one-of-branches-overlap for when they are not).',
      receives: 'Clients receive a variant they cannot deserialize: a new payment type in the order breaks the finance export.',
    },
    example: {
      root: 'Payment',
      base: `Payment:
  oneOf:
    - $ref: '#/components/schemas/CardPayment'
    - $ref: '#/components/schemas/GiftCardPayment'
CardPayment: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
GiftCardPayment: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}
LoyaltyPayment: {type: object, required: [points], properties: {points: {type: integer}}}`,
      bad: `Payment:
  oneOf:
    - $ref: '#/components/schemas/CardPayment'
    - $ref: '#/components/schemas/GiftCardPayment'
    - $ref: '#/components/schemas/LoyaltyPayment'
CardPayment: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
GiftCardPayment: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}
LoyaltyPayment: {type: object, required: [points], properties: {points: {type: integer}}}`,
      good: `Payment:
  oneOf:
    - $ref: '#/components/schemas/GiftCardPayment'
    - $ref: '#/components/schemas/CardPayment'
CardPayment: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
GiftCardPayment: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}
LoyaltyPayment: {type: object, required: [points], properties: {points: {type: integer}}}`,
    },
  },
  {
    kind: 'branch-removed',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'a oneOf/anyOf branch was removed',
    what: 'A `oneOf`/`anyOf` lost a branch (matched by `$ref` target, title, discriminator value or shape).',
    why: {
      sends: `${SENDS_REJECTED} Tills that still take gift cards can no longer record those payments.`,
      receives: 'Clients no longer receive a variant they handled.',
    },
    example: {
      root: 'Payment',
      base: `Payment:
  oneOf:
    - $ref: '#/components/schemas/CardPayment'
    - $ref: '#/components/schemas/GiftCardPayment'
CardPayment: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
GiftCardPayment: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}`,
      bad: `Payment:
  oneOf:
    - $ref: '#/components/schemas/CardPayment'
CardPayment: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
GiftCardPayment: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}`,
      good: `Payment:
  oneOf:
    - $ref: '#/components/schemas/CardPayment'
    - $ref: '#/components/schemas/GiftCardTender'
CardPayment: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
GiftCardTender: {type: object, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}`,
    },
  },
  {
    kind: 'one-of-branches-overlap',
    family: 'schemas',
    levels: lv('breaking', undefined),
    summary: 'a oneOf branch was added that payloads of an existing branch may also match, so they now fail "exactly one"',
    what: '`oneOf` requires a payload to match exactly one branch. When an added branch may accept what an existing branch accepts (no discriminator, no required property the other does not declare, no disjoint fixed values), payloads that were valid now match two branches and are rejected.',
    why: { sends: `${SENDS_REJECTED} Wrapping the card payment into a oneOf with a voucher that also only needs an amount rejects every card payment.` },
    example: {
      root: 'Order',
      base: `Order:
  type: object
  properties:
    payment: {$ref: '#/components/schemas/CardPayment'}
CardPayment: {type: object, required: [amount], properties: {amount: {type: number}, cardToken: {type: string}}}`,
      bad: `Order:
  type: object
  properties:
    payment:
      oneOf:
        - $ref: '#/components/schemas/CardPayment'
        - $ref: '#/components/schemas/VoucherPayment'
CardPayment: {type: object, required: [amount], properties: {amount: {type: number}, cardToken: {type: string}}}
VoucherPayment: {type: object, required: [amount], properties: {amount: {type: number}, voucherCode: {type: string}}}`,
      good: `Order:
  type: object
  properties:
    payment:
      oneOf:
        - $ref: '#/components/schemas/CardPayment'
        - $ref: '#/components/schemas/VoucherPayment'
CardPayment: {type: object, required: [amount], properties: {amount: {type: number}, cardToken: {type: string}}}
VoucherPayment: {type: object, required: [amount, voucherCode], properties: {amount: {type: number}, voucherCode: {type: string}}}`,
    },
  },
  ...discriminatorKinds(),
  {
    kind: 'dependent-required-added',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'a dependentRequired rule was added or extended',
    what: 'A `dependentRequired` rule now requires more properties when another one is present.',
    why: {
      sends: `${SENDS_REJECTED} Click-and-collect orders that name a pickup slot but no store are refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('pickupSlot: {type: string}\nstoreId: {type: string}'),
      bad: ORDER('pickupSlot: {type: string}\nstoreId: {type: string}').replace('properties:', 'dependentRequired:\n    pickupSlot: [storeId]\n  properties:'),
      good: ORDER('pickupSlot: {type: string}\nstoreId: {type: string, description: Store for click-and-collect}'),
    },
  },
  {
    kind: 'dependent-required-removed',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'a dependentRequired rule was removed or reduced',
    what: 'A `dependentRequired` rule requires fewer properties than before.',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients relied on the companion property: a pickup slot arrives without its store and the picking list goes nowhere.',
    },
    example: {
      base: ORDER('pickupSlot: {type: string}\nstoreId: {type: string}').replace('properties:', 'dependentRequired:\n    pickupSlot: [storeId]\n  properties:'),
      bad: ORDER('pickupSlot: {type: string}\nstoreId: {type: string}'),
      good: ORDER('pickupSlot: {type: string}\nstoreId: {type: string, description: Store}').replace('properties:', 'dependentRequired:\n    pickupSlot: [storeId]\n  properties:'),
    },
  },
  {
    kind: 'prefix-items-added',
    family: 'schemas',
    levels: lv('breaking', 'info'),
    summary: 'a tuple (prefixItems) position was added',
    what: 'A tuple (`prefixItems`) constrains one more position than before. Positions are compared by index: reordering is a change of each position.',
    why: {
      sends: `${SENDS_REJECTED} Parcel dimensions sent with a free-form fourth value are refused.`,
      receives: 'Clients receive a subset of what they handled.',
    },
    example: {
      base: ORDER('parcelDimensions: {type: array, prefixItems: [{type: number}, {type: number}]}'),
      bad: ORDER('parcelDimensions: {type: array, prefixItems: [{type: number}, {type: number}, {type: number}]}'),
      good: ORDER('parcelDimensions: {type: array, prefixItems: [{type: number}, {type: number}], description: Length and width in cm}'),
    },
  },
  {
    kind: 'prefix-items-removed',
    family: 'schemas',
    levels: lv('info', 'breaking'),
    summary: 'a tuple (prefixItems) position was removed',
    what: 'A tuple (`prefixItems`) constrains one position fewer than before: that position may now hold anything.',
    why: {
      sends: 'Everything old clients send is still accepted.',
      receives: 'Clients that read the position by its old type fail.',
    },
    example: {
      base: ORDER('parcelDimensions: {type: array, prefixItems: [{type: number}, {type: number}, {type: number}]}'),
      bad: ORDER('parcelDimensions: {type: array, prefixItems: [{type: number}, {type: number}]}'),
      good: ORDER('parcelDimensions: {type: array, prefixItems: [{type: number}, {type: number}, {type: number}], description: L × W × H in cm}'),
    },
  },
  {
    kind: 'conditional-changed',
    family: 'schemas',
    levels: lv('warning', 'warning'),
    summary: 'an if/then/else condition was added, removed or changed',
    what: 'The `if` of an `if`/`then`/`else` changed, or the conditional was added or removed: which payloads the `then` and `else` apply to is different now. Changes inside `then` and `else` are reported by the other checks.',
    why: {
      sends: 'Some payloads that were valid may now have to satisfy different rules; review which.',
      receives: 'Some payloads may now look different from before; review which.',
    },
    example: {
      base: ORDER('channel: {type: string}\nstoreId: {type: string}'),
      bad: ORDER('channel: {type: string}\nstoreId: {type: string}').replace('properties:', "if: {properties: {channel: {const: store}}, required: [channel]}\n  then: {required: [storeId]}\n  properties:"),
      good: ORDER('channel: {type: string}\nstoreId: {type: string, description: Required for in-store sales}'),
    },
  },
  {
    kind: 'not-changed',
    family: 'schemas',
    levels: lv('warning', 'warning'),
    summary: 'a not schema was added, removed or changed',
    what: 'The `not` keyword (what the value must not match) was added, removed or changed.',
    why: {
      sends: 'Some payloads that were valid may be refused now; review which.',
      receives: 'Some payloads the API never sent may appear now; review which.',
    },
    example: {
      base: ORDER('couponCode: {type: string}\nstaffDiscount: {type: boolean}'),
      bad: ORDER('couponCode: {type: string}\nstaffDiscount: {type: boolean}').replace('properties:', 'not: {required: [couponCode, staffDiscount]}\n  properties:'),
      good: ORDER('couponCode: {type: string}\nstaffDiscount: {type: boolean, description: Staff discount applied}'),
    },
  },
  {
    kind: 'default-changed',
    family: 'schemas',
    levels: lv('warning', undefined),
    summary: 'the default value changed or was removed',
    what: 'The value the server assumes when the client omits the property changed, or there is no documented default any more.',
    why: { sends: 'Clients that omit the value get different behaviour without noticing: a default currency switched from EUR to USD prices every web order wrongly.' },
    example: {
      base: ORDER('currency: {type: string, default: EUR}'),
      bad: ORDER('currency: {type: string, default: USD}'),
      good: ORDER('currency: {type: string, default: EUR, description: ISO 4217 code}'),
    },
  },
  {
    kind: 'property-deprecated',
    family: 'lifecycle',
    levels: lv('info', 'info'),
    summary: 'a property was deprecated',
    what: 'A property is now marked `deprecated: true`.',
    why: {
      sends: 'Clients should stop sending it before its sunset; track the migration.',
      receives: 'Clients should stop reading it before its sunset; track the migration.',
    },
    example: {
      base: ORDER('legacyStoreCode: {type: string}'),
      bad: ORDER('legacyStoreCode: {type: string, deprecated: true, x-sunset: "2027-01-31"}'),
      good: ORDER('legacyStoreCode: {type: string, description: Four-digit store code of the old POS}'),
    },
  },
];

/** maxLength/minLength, maximum/minimum, maxItems/minItems, maxProperties/minProperties. */
function boundKinds(): SchemaKind[] {
  const out: SchemaKind[] = [];
  const spec: Array<{ name: string; keyword: string; upper: boolean; prop: string; from: string; to: string; type: string; retail: { sends: string; receives: string } }> = [
    { name: 'max-length', keyword: 'maxLength', upper: true, prop: 'productName', from: '80', to: '40', type: 'string', retail: { sends: 'Product names of 41-80 characters from the PIM are refused.', receives: 'Longer values overflow fixed-width fields: receipt lines, shelf-edge labels, ERP text columns.' } },
    { name: 'min-length', keyword: 'minLength', upper: false, prop: 'postalCode', from: '3', to: '5', type: 'string', retail: { sends: 'Short postal codes (Ireland, Hong Kong) are refused at checkout.', receives: 'Shorter values fail client-side validation copied from the old contract.' } },
    { name: 'maximum', keyword: 'maximum', upper: true, prop: 'quantity', from: '999', to: '99', type: 'integer', retail: { sends: 'Bulk B2B orders of more than 99 units are refused.', receives: 'Larger values overflow what clients store or display.' } },
    { name: 'minimum', keyword: 'minimum', upper: false, prop: 'unitPrice', from: '0', to: '0.01', type: 'number', retail: { sends: 'Free promotional items (price 0) are refused at the till.', receives: 'Values below the old minimum (negative adjustments) break client arithmetic.' } },
    { name: 'max-items', keyword: 'maxItems', upper: true, prop: 'lines', from: '500', to: '100', type: 'array', retail: { sends: 'Large B2B baskets with more than 100 lines are refused.', receives: 'Longer lists overflow fixed buffers and paged views in clients.' } },
    { name: 'min-items', keyword: 'minItems', upper: false, prop: 'lines', from: '0', to: '1', type: 'array', retail: { sends: 'Empty draft orders that a POS saves are refused.', receives: 'Empty lists reach clients that index the first line.' } },
    { name: 'max-properties', keyword: 'maxProperties', upper: true, prop: 'attributes', from: '50', to: '20', type: 'object', retail: { sends: 'Products with many marketplace attributes are refused.', receives: 'More entries than clients allocate for.' } },
    { name: 'min-properties', keyword: 'minProperties', upper: false, prop: 'attributes', from: '0', to: '1', type: 'object', retail: { sends: 'Orders without custom attributes are refused.', receives: 'Empty maps reach clients that expect at least one entry.' } },
  ];
  for (const s of spec) {
    const fragment = (value: string) => {
      if (s.type === 'array') return `${s.prop}: {type: array, ${s.keyword}: ${value}, items: {type: string}}`;
      if (s.type === 'object') return `${s.prop}: {type: object, ${s.keyword}: ${value}, additionalProperties: {type: string}}`;
      return `${s.prop}: {type: ${s.type}, ${s.keyword}: ${value}}`;
    };
    const described = (value: string) => fragment(value).replace(/}$/, ', description: documented}');
    const narrower = s.upper ? `${s.name}-decreased` : `${s.name}-increased`;
    const wider = s.upper ? `${s.name}-increased` : `${s.name}-decreased`;
    out.push({
      kind: narrower,
      family: 'schemas',
      levels: lv('breaking', 'info'),
      summary: `${s.keyword} was ${s.upper ? 'lowered' : 'raised'} or set: fewer values are allowed`,
      what: `\`${s.keyword}\` was ${s.upper ? 'lowered' : 'raised'}, or set where there was none${s.name === 'maximum' || s.name === 'minimum' ? ` (exclusive${s.name === 'maximum' ? 'Maximum' : 'Minimum'} counts, in its 3.0 boolean and 3.1 numeric spellings)` : ''}.`,
      why: { sends: `${SENDS_REJECTED} ${s.retail.sends}`, receives: 'Clients receive a subset of what they handled.' },
      example: { base: ORDER(fragment(s.from)), bad: ORDER(fragment(s.to)), good: ORDER(described(s.from)) },
    });
    out.push({
      kind: wider,
      family: 'schemas',
      levels: lv('info', 'breaking'),
      summary: `${s.keyword} was ${s.upper ? 'raised' : 'lowered'} or removed: more values are allowed`,
      what: `\`${s.keyword}\` was ${s.upper ? 'raised' : 'lowered'}, or removed.`,
      why: { sends: 'Everything old clients send is still accepted.', receives: s.retail.receives },
      example: { base: ORDER(fragment(s.to)), bad: ORDER(fragment(s.from)), good: ORDER(described(s.to)) },
    });
  }
  return out;
}

function discriminatorKinds(): SchemaKind[] {
  const payment = (discriminator: string, branches = ['CardPayment', 'GiftCardPayment']) => `Payment:
  oneOf:
${branches.map((b) => `    - $ref: '#/components/schemas/${b}'`).join('\n')}
${discriminator
  .trim()
  .split('\n')
  .map((l) => '  ' + l)
  .join('\n')}
CardPayment: {type: object, required: [method, cardToken], properties: {method: {type: string}, cardToken: {type: string}}}
GiftCardPayment: {type: object, required: [method, giftCardNumber], properties: {method: {type: string}, giftCardNumber: {type: string}}}
VoucherPayment: {type: object, required: [method, voucherCode], properties: {method: {type: string}, voucherCode: {type: string}}}`;
  const mapping = (entries: string[], property = 'method') =>
    `discriminator:\n  propertyName: ${property}\n  mapping:\n${entries.map((e) => `    ${e.split('=')[0]}: '#/components/schemas/${e.split('=')[1]}'`).join('\n')}`;
  const card = 'card=CardPayment';
  const gift = 'gift=GiftCardPayment';
  return [
    {
      kind: 'discriminator-property-changed',
      family: 'schemas',
      levels: lv('breaking', 'breaking'),
      summary: 'the discriminator property changed',
      what: 'The property that selects the `oneOf` branch (`discriminator.propertyName`) is a different one.',
      why: { sends: `${SENDS_REJECTED} Payments that name their type in the old property are not routed.`, receives: 'Clients dispatch on the old property and pick the wrong variant, or none.' },
      example: { root: 'Payment', base: payment(mapping([card, gift])), bad: payment(mapping([card, gift], 'type')), good: payment(mapping([gift, card])) },
    },
    {
      kind: 'discriminator-value-added',
      family: 'schemas',
      levels: lv('info', 'breaking'),
      addition: true,
      summary: 'a discriminator value was added',
      what: 'The discriminator can take a value it could not before (a new mapping entry or a new branch).',
      why: { sends: 'Clients may send the new variant.', receives: 'Clients receive a variant tag they do not know and cannot deserialize the payload.' },
      example: {
        root: 'Payment',
        base: payment(mapping([card, gift])),
        bad: payment(mapping([card, gift, 'voucher=VoucherPayment']), ['CardPayment', 'GiftCardPayment', 'VoucherPayment']),
        good: payment(mapping([card, gift]).replace('propertyName: method', 'propertyName: method\n  x-note: unchanged')),
      },
    },
    {
      kind: 'discriminator-value-removed',
      family: 'schemas',
      levels: lv('breaking', 'info'),
      summary: 'a discriminator value was removed',
      what: 'A discriminator value (a mapping entry, or an implicit one from a branch name) is no longer valid.',
      why: { sends: `${SENDS_REJECTED} Tills still sending gift card payments are refused.`, receives: 'Clients no longer receive a variant they handled.' },
      example: {
        root: 'Payment',
        base: payment(mapping([card, gift, 'voucher=VoucherPayment']), ['CardPayment', 'GiftCardPayment', 'VoucherPayment']),
        bad: payment(mapping([card, 'voucher=VoucherPayment']), ['CardPayment', 'VoucherPayment']),
        good: payment(mapping([card, gift, 'voucher=VoucherPayment']), ['CardPayment', 'GiftCardPayment', 'VoucherPayment']),
      },
    },
    {
      kind: 'discriminator-mapping-changed',
      family: 'schemas',
      levels: lv('breaking', 'breaking'),
      summary: 'a discriminator value now selects a different schema',
      what: 'The same discriminator value maps to a different branch schema (not a renamed one: the old schema is still a branch).',
      why: { sends: `${SENDS_REJECTED} Payloads tagged \`gift\` are validated against another schema.`, receives: 'Clients deserialize the tag into the old type and read garbage.' },
      example: {
        root: 'Payment',
        base: payment(mapping([card, gift, 'voucher=VoucherPayment']), ['CardPayment', 'GiftCardPayment', 'VoucherPayment']),
        bad: payment(mapping([card, 'gift=VoucherPayment', 'voucher=GiftCardPayment']), ['CardPayment', 'GiftCardPayment', 'VoucherPayment']),
        good: payment(mapping([card, gift, 'voucher=VoucherPayment']), ['CardPayment', 'GiftCardPayment', 'VoucherPayment']),
      },
    },
    {
      kind: 'discriminator-added',
      family: 'schemas',
      levels: lv('info', 'info'),
      summary: 'a discriminator was added',
      what: 'A `oneOf`/`anyOf` gained a discriminator. Branches must carry the property, which the required-property checks judge.',
      why: { sends: 'Helps the server pick the branch.', receives: 'Helps clients pick the branch.' },
      example: { root: 'Payment', base: payment(''), bad: payment(mapping([card, gift])), good: payment('x-note: no discriminator') },
    },
    {
      kind: 'discriminator-removed',
      family: 'schemas',
      levels: lv('info', 'breaking'),
      summary: 'the discriminator was removed',
      what: 'A `oneOf`/`anyOf` lost its discriminator.',
      why: { sends: 'The server must now find the branch by shape.', receives: 'Clients that dispatch on the discriminator (generated SDKs do) can no longer deserialize the payload.' },
      example: { root: 'Payment', base: payment(mapping([card, gift])), bad: payment(''), good: payment(mapping([gift, card])) },
    },
  ];
}
