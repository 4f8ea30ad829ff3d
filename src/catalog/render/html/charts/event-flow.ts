/**
 * Producers → event types → consumers as three layers. Orphan types (consumed, never produced: X5)
 * are red with a dangling input; unconsumed types (X7) are dashed; schema mismatches between a
 * producer and a consumer (X6) are red edges.
 */
import type { Catalog } from '../../../types.js';
import { plural } from '../../format.js';
import { compareText, eventFlows, type EventFlow } from '../../views.js';
import { esc } from '../escape.js';
import { dataTable, emptyState, figure, fit, n, svg, text, textWidth } from '../svg.js';

const ROW_H = 36;
const NODE_H = 26;
const TOP = 64;
const API_W = 236;
const EVENT_W = 400;
/** Room at the right end of an event node for its status tag. */
const TAG_W = 104;
const GAP = 130;
const X_PRODUCER = 0;
const X_EVENT = API_W + GAP;
const X_CONSUMER = X_EVENT + EVENT_W + GAP;
const WIDTH = X_CONSUMER + API_W + 2;

export function eventFlowChart(catalog: Catalog, apiTitles: ReadonlyMap<string, string>): string {
  const id = 'chart-events';
  const heading = 'Event flows';
  const flows = eventFlows(catalog);
  if (flows.length === 0) return figure({ id, heading, body: emptyState('No events in the estate.'), wide: true });
  const layout = layered(flows);
  const rows = Math.max(layout.producers.length, layout.events.length, layout.consumers.length);
  const height = TOP + rows * ROW_H + 8;
  const offset = (count: number): number => ((rows - count) * ROW_H) / 2;
  const positions = new Map<string[], Map<string, number>>(
    [layout.producers, layout.events, layout.consumers].map((order) => [order, new Map(order.map((key, i) => [key, i]))]),
  );
  const yOf = (order: string[], key: string): number => TOP + offset(order.length) + positions.get(order)!.get(key)! * ROW_H + NODE_H / 2;

  const parts: string[] = [
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
      `<path class="arrow" d="M0 0L10 5L0 10z"/></marker>` +
      `<marker id="${id}-arrow-bad" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
      `<path class="arrow-bad" d="M0 0L10 5L0 10z"/></marker></defs>`,
  ];
  parts.push(legend(id, 14));
  parts.push(text(X_PRODUCER, 46, 'Producers', 'class="column-head"'));
  parts.push(text(X_EVENT, 46, 'Event types', 'class="column-head"'));
  parts.push(text(X_CONSUMER, 46, 'Consumers', 'class="column-head"'));

  const edge = (x1: number, y1: number, x2: number, y2: number, bad: boolean, tip: string): string => {
    const dx = (x2 - x1) / 2;
    return (
      `<path class="${bad ? 'edge edge-bad' : 'edge'}" d="M${n(x1)} ${n(y1)}C${n(x1 + dx)} ${n(y1)} ${n(x2 - dx)} ${n(y2)} ${n(x2 - 2)} ${n(y2)}" ` +
      `marker-end="url(#${id}-arrow${bad ? '-bad' : ''})"><title>${esc(tip)}</title></path>`
    );
  };
  for (const { event, mismatches } of flows) {
    const ey = yOf(layout.events, event.type);
    const badProducers = new Set(mismatches.map((m) => m.producer));
    const badConsumers = new Set(mismatches.map((m) => m.consumer));
    for (const p of new Set(event.producers)) {
      const bad = badProducers.has(p);
      parts.push(edge(X_PRODUCER + API_W, yOf(layout.producers, p), X_EVENT, ey, bad, `${p} produces ${event.type}${bad ? ' (schema mismatch)' : ''}`));
    }
    for (const c of new Set(event.consumers)) {
      const bad = badConsumers.has(c);
      parts.push(edge(X_EVENT + EVENT_W, ey, X_CONSUMER, yOf(layout.consumers, c), bad, `${c} consumes ${event.type}${bad ? ' (schema mismatch)' : ''}`));
    }
    // short loose ends (no producer / no consumer): a longer line would cross the edges in the gap
    if (event.orphan || event.producers.length === 0) {
      parts.push(`<path class="loose-end loose-end-bad" d="M${X_EVENT - 30} ${n(ey)}H${X_EVENT - 2}" marker-end="url(#${id}-arrow-bad)"/>`);
    }
    if (event.unconsumed || event.consumers.length === 0) {
      parts.push(`<path class="loose-end" d="M${X_EVENT + EVENT_W} ${n(ey)}H${X_EVENT + EVENT_W + 22}"/><circle class="loose-end-dot" cx="${X_EVENT + EVENT_W + 25}" cy="${n(ey)}" r="3"/>`);
    }
  }
  const apiNode = (x: number, apiId: string, y: number, role: string): string => {
    const title = apiTitles.get(apiId);
    const tip = title === undefined ? apiId : `${title} (${apiId})`;
    return (
      `<g class="node node-${role}"><title>${esc(tip)}</title><rect x="${x}" y="${n(y - NODE_H / 2)}" width="${API_W}" height="${NODE_H}" rx="5"/>` +
      `${text(x + 10, y + 4, fit(apiId, API_W - 18))}</g>`
    );
  };
  for (const p of layout.producers) parts.push(apiNode(X_PRODUCER, p, yOf(layout.producers, p), 'producer'));
  for (const c of layout.consumers) parts.push(apiNode(X_CONSUMER, c, yOf(layout.consumers, c), 'consumer'));
  for (const { event, mismatches } of flows) {
    const y = yOf(layout.events, event.type);
    const cls = event.orphan ? ' node-orphan' : mismatches.length > 0 ? ' node-mismatch' : event.unconsumed ? ' node-unconsumed' : '';
    const status = [event.orphan ? 'orphan: no producer' : '', event.unconsumed ? 'no consumer' : '', mismatches.length > 0 ? 'schema mismatch' : '']
      .filter((s) => s !== '')
      .join(', ');
    const tag = event.orphan ? 'no producer' : mismatches.length > 0 ? 'mismatch' : event.unconsumed ? 'no consumer' : '';
    const tagText = tag === '' ? '' : text(X_EVENT + EVENT_W - 12, y + 4, tag, `class="tag${event.orphan || mismatches.length > 0 ? ' bad' : ''}" text-anchor="end"`);
    parts.push(
      `<g class="node node-event${cls}"><title>${esc(status === '' ? event.type : `${event.type} (${status})`)}</title>` +
        `<rect x="${X_EVENT}" y="${n(y - NODE_H / 2)}" width="${EVENT_W}" height="${NODE_H}" rx="13"/>` +
        `${text(X_EVENT + 14, y + 4, fitTail(event.type, EVENT_W - 26 - (tag === '' ? 0 : TAG_W)), '', event.type)}${tagText}</g>`,
    );
  }

  const orphans = flows.filter((f) => f.event.orphan).map((f) => f.event.type);
  const unconsumed = flows.filter((f) => f.event.unconsumed).length;
  const mismatched = flows.filter((f) => f.mismatches.length > 0).map((f) => f.event.type);
  const desc =
    `${plural(flows.length, 'event type')} between ${plural(layout.producers.length, 'producer')} and ${plural(layout.consumers.length, 'consumer')}. ` +
    `${orphans.length === 0 ? 'No orphan events' : `Orphans (consumed, never produced): ${orphans.join(', ')}`}. ` +
    `${mismatched.length === 0 ? 'No schema mismatches' : `Schema mismatches: ${mismatched.join(', ')}`}. ${plural(unconsumed, 'type')} without consumer.`;
  return figure({
    id,
    heading,
    lede: 'Who produces and who consumes each event type, matched by CloudEvents type or channel and message.',
    wide: true,
    body: svg({ id: `${id}-svg`, width: WIDTH, height, title: 'Event-flow graph of producers, event types and consumers', desc }, parts.join('')),
    table: dataTable(
      'Event types with producers and consumers',
      ['Event type', 'Producers', 'Consumers', 'Status'],
      flows.map(({ event, mismatches }) => [
        event.type,
        event.producers.join(', ') || '—',
        event.consumers.join(', ') || '—',
        [event.orphan ? 'orphan' : '', event.unconsumed ? 'no consumer' : '', ...mismatches.map((m) => `schema mismatch ${m.producer} → ${m.consumer}`)]
          .filter((s) => s !== '')
          .join('; ') || 'ok',
      ]),
      [],
    ),
  });
}

/** Event types say the most at their end (`…order.created.v2`): cut from the front. */
function fitTail(label: string, width: number): string {
  if (textWidth(label) <= width) return label;
  let start = label.length - 1;
  while (start > 0 && textWidth(`…${label.slice(start - 1)}`) <= width) start--;
  return `…${label.slice(start)}`;
}

function legend(id: string, y: number): string {
  return (
    `<g class="legend-row">` +
    `<rect class="legend-orphan" x="0" y="${y - 9}" width="22" height="12" rx="6"/>${text(28, y + 1, 'orphan: consumed, never produced', 'class="legend"')}` +
    `<rect class="legend-unconsumed" x="250" y="${y - 9}" width="22" height="12" rx="6"/>${text(278, y + 1, 'produced, never consumed', 'class="legend"')}` +
    `<path class="edge edge-bad" d="M450 ${y - 3}H480" marker-end="url(#${id}-arrow-bad)"/>${text(488, y + 1, 'schema mismatch between producer and consumer', 'class="legend"')}` +
    `</g>`
  );
}

interface Layout {
  producers: string[];
  events: string[];
  consumers: string[];
}

/** Orders each layer by the mean position of its neighbours (two sweeps), which untangles most edges. */
function layered(flows: EventFlow[]): Layout {
  const producesEvents = new Map<string, string[]>();
  const consumesEvents = new Map<string, string[]>();
  for (const { event } of flows) {
    for (const p of event.producers) producesEvents.set(p, [...(producesEvents.get(p) ?? []), event.type]);
    for (const c of event.consumers) consumesEvents.set(c, [...(consumesEvents.get(c) ?? []), event.type]);
  }
  let producers = [...producesEvents.keys()].sort(compareText);
  let events = flows.map((f) => f.event.type);
  let consumers = [...consumesEvents.keys()].sort(compareText);
  const byFlow = new Map(flows.map((f) => [f.event.type, f.event]));
  const barycentre = (neighbours: string[], order: string[]): number => {
    const index = indexOf(order);
    const positions = neighbours.map((x) => index.get(x) ?? -1).filter((i) => i >= 0);
    return positions.length === 0 ? Number.POSITIVE_INFINITY : positions.reduce((a, b) => a + b, 0) / positions.length;
  };
  const sortBy = (items: string[], key: (item: string) => number): string[] =>
    [...items].sort((a, b) => key(a) - key(b) || compareText(a, b));
  for (let sweep = 0; sweep < 2; sweep++) {
    events = sortBy(events, (t) => {
      const e = byFlow.get(t)!;
      const fromProducers = barycentre(e.producers, producers);
      if (sweep === 0 || consumers.length === 0) return fromProducers === Number.POSITIVE_INFINITY ? producers.length + 1 : fromProducers;
      const fromConsumers = barycentre(e.consumers, consumers);
      const known = [fromProducers, fromConsumers].filter(Number.isFinite);
      return known.length === 0 ? producers.length + 1 : known.reduce((a, b) => a + b, 0) / known.length;
    });
    consumers = sortBy(consumers, (c) => barycentre(consumesEvents.get(c)!, events));
    producers = sortBy(producers, (p) => barycentre(producesEvents.get(p)!, events));
  }
  return { producers, events, consumers };
}

/** Position lookup per layer order, built once per order array. */
const indexCache = new WeakMap<string[], Map<string, number>>();
function indexOf(order: string[]): Map<string, number> {
  let index = indexCache.get(order);
  if (index === undefined) {
    index = new Map(order.map((key, i) => [key, i]));
    indexCache.set(order, index);
  }
  return index;
}
