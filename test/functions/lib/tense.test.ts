import { describe, expect, it } from 'vitest';
import { eventHeuristicsFrom } from '../../../src/functions/lib/heuristics.js';
import { judgeTense } from '../../../src/functions/lib/tense.js';
import { dictionary } from '../fixtures.js';

const h = eventHeuristicsFrom(dictionary());

describe('judgeTense', () => {
  it.each(['OrderPlaced', 'StockAdjusted', 'PriceChanged', 'PointsEarned', 'OrderShipped', 'PaymentCaptured', 'OrderPlacedEvent', 'order-placed.v1', 'com.acme.order.order-placed.v2', 'CustomerSignedUp', 'GiftCardSold', 'RefundPaid', 'MemberLeftChannel', 'ItemAddedToCart', 'CreateOrderFailed', 'lightMeasured'])(
    '%s states a fact',
    (name) => expect(judgeTense(name, h)?.past).toBe(true),
  );
  it.each(['CreateOrder', 'UpdateStock', 'ProcessFailedPayment', 'Heartbeat', 'StockFeed', 'SpeedLimit', 'turnOnOff', 'OrderStatus'])('%s does not', (name) =>
    expect(judgeTense(name, h)?.past).toBe(false),
  );
  it('names the word it judged', () => {
    expect(judgeTense('UpdateStock', h)?.verb).toBe('stock');
    expect(judgeTense('MemberLeftChannel', h)?.verb).toBe('left');
  });
  it('cannot judge a name that is only a number', () => expect(judgeTense('42', h)).toBeUndefined());
  it('reads its word lists from the dictionary', () => {
    const custom = eventHeuristicsFrom(dictionary({ events: { pastTense: { irregular: ['shipt'] } } }));
    expect(judgeTense('OrderShipt', custom)?.past).toBe(true);
    expect(judgeTense('OrderShipt', h)?.past).toBe(false);
  });
});
