/**
 * Deprecation and sunset of operations (HTTP and events) and request parameters. Deprecation needs a
 * sunset (`x-sunset`, RFC 3339 date); moving the sunset earlier breaks the consumers' migration plan.
 * Property deprecation is a schema check (`…-property-deprecated`).
 */
import type { NodeLocation, ResolvedNode } from '../../document/source.js';
import { openapi } from './examples.js';
import type { CheckContext, CheckDefinition, CheckFamily } from './types.js';
import { below, sunsetDate } from './util.js';

const prices = (operation: string, parameter = '') =>
  openapi(`paths:
  /prices/{sku}:
    get:
      operationId: getPrice
${operation
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => '      ' + l)
  .join('\n')}
      parameters:
        - {name: sku, in: path, required: true, schema: {type: string}}
        - {name: storeId, in: query, schema: {type: string}${parameter}}
      responses:
        '200': {description: Price}`);

export const definitions: CheckDefinition[] = [
  {
    id: 'operation-deprecated',
    level: 'info',
    family: 'lifecycle',
    description: 'An operation was deprecated (with a sunset date)',
    docs: {
      what: 'An operation is now `deprecated: true` and declares `x-sunset`.',
      why: 'Consumers learn when to migrate; the governance board tracks the sunset.',
      bad: { base: prices(''), revision: prices('deprecated: true\nx-sunset: "2099-06-30"') },
      good: { base: prices(''), revision: prices('summary: Current price of a SKU') },
    },
  },
  {
    id: 'operation-deprecated-without-sunset',
    level: 'warning',
    family: 'lifecycle',
    description: 'An operation was deprecated without an x-sunset date',
    docs: {
      what: 'An operation is now `deprecated: true` but declares no `x-sunset` date.',
      why: 'Without a date, store and partner teams cannot plan the migration, and the operation can never be removed without breaking someone.',
      bad: { base: prices(''), revision: prices('deprecated: true') },
      good: { base: prices(''), revision: prices('deprecated: true\nx-sunset: "2099-06-30"') },
    },
  },
  {
    id: 'operation-sunset-moved-earlier',
    level: 'breaking',
    family: 'lifecycle',
    description: 'The x-sunset date of a deprecated operation was moved earlier',
    docs: {
      what: 'A deprecated operation\'s `x-sunset` date is earlier than before.',
      why: 'Consumers planned their migration to the old date: a store roll-out scheduled for the last week before the sunset now misses it.',
      bad: { base: prices('deprecated: true\nx-sunset: "2099-06-30"'), revision: prices('deprecated: true\nx-sunset: "2099-03-31"') },
      good: { base: prices('deprecated: true\nx-sunset: "2099-06-30"'), revision: prices('deprecated: true\nx-sunset: "2099-09-30"') },
    },
  },
  {
    id: 'operation-sunset-removed',
    level: 'warning',
    family: 'lifecycle',
    description: 'A deprecated operation lost its x-sunset date',
    docs: {
      what: 'An operation is still deprecated but no longer declares `x-sunset`.',
      why: 'Consumers lose the date they planned with; the deprecation becomes open-ended.',
      bad: { base: prices('deprecated: true\nx-sunset: "2099-06-30"'), revision: prices('deprecated: true') },
      good: { base: prices('deprecated: true\nx-sunset: "2099-06-30"'), revision: prices('deprecated: true\nx-sunset: "2099-06-30"\nsummary: Use /v2/prices') },
    },
  },
  {
    id: 'operation-reactivated',
    level: 'info',
    family: 'lifecycle',
    description: 'A deprecated operation is no longer deprecated',
    docs: {
      what: 'An operation that was `deprecated: true` is not deprecated any more.',
      why: 'Consumers that migrated away may reconsider; tell them.',
      bad: { base: prices('deprecated: true\nx-sunset: "2099-06-30"'), revision: prices('') },
      good: { base: prices('deprecated: true\nx-sunset: "2099-06-30"'), revision: prices('deprecated: true\nx-sunset: "2099-06-30"') },
    },
  },
  {
    id: 'operation-stability-decreased',
    level: 'breaking',
    family: 'lifecycle',
    description: 'An operation was moved to a less stable x-stability-level (e.g. stable → beta)',
    docs: {
      what: 'The `x-stability-level` of an operation went down the scale draft < alpha < beta < stable (an operation without one counts as stable).',
      why: 'Consumers built on a stable operation were promised it would not change incompatibly; calling it beta again withdraws that promise for the order and payment flows that depend on it.',
      bad: { base: prices('x-stability-level: stable'), revision: prices('x-stability-level: beta') },
      good: { base: prices('x-stability-level: beta'), revision: prices('x-stability-level: stable') },
    },
  },
  {
    id: 'request-parameter-deprecated',
    level: 'info',
    family: 'lifecycle',
    description: 'A request parameter was deprecated (with a sunset date)',
    docs: {
      what: 'A parameter is now `deprecated: true` and declares `x-sunset`.',
      why: 'Clients learn to stop sending it before the date.',
      bad: { base: prices(''), revision: prices('', ', deprecated: true, x-sunset: "2099-06-30"') },
      good: { base: prices(''), revision: prices('', ', description: Store for local prices') },
    },
  },
  {
    id: 'request-parameter-deprecated-without-sunset',
    level: 'warning',
    family: 'lifecycle',
    description: 'A request parameter was deprecated without an x-sunset date',
    docs: {
      what: 'A parameter is now `deprecated: true` without `x-sunset`.',
      why: 'Without a date nobody can plan to stop sending it, and it can never be removed safely.',
      bad: { base: prices(''), revision: prices('', ', deprecated: true') },
      good: { base: prices(''), revision: prices('', ', deprecated: true, x-sunset: "2099-06-30"') },
    },
  },
  {
    id: 'request-parameter-sunset-moved-earlier',
    level: 'breaking',
    family: 'lifecycle',
    description: 'The x-sunset date of a deprecated request parameter was moved earlier',
    docs: {
      what: 'A deprecated parameter\'s `x-sunset` date is earlier than before.',
      why: 'Clients planned to stop sending it by the old date.',
      bad: { base: prices('', ', deprecated: true, x-sunset: "2099-06-30"'), revision: prices('', ', deprecated: true, x-sunset: "2099-01-31"') },
      good: { base: prices('', ', deprecated: true, x-sunset: "2099-06-30"'), revision: prices('', ', deprecated: true, x-sunset: "2099-12-31"') },
    },
  },
];

const STABILITY = ['draft', 'alpha', 'beta', 'stable'];

/** A level apigov does not know is left alone rather than guessed. */
function stabilityRank(level: string | undefined): number | undefined {
  if (level === undefined) return STABILITY.length - 1;
  const rank = STABILITY.indexOf(level);
  return rank === -1 ? undefined : rank;
}

interface Deprecatable {
  deprecated: boolean;
  sunset: string | undefined;
  node: ResolvedNode;
}

export const lifecycleFamily: CheckFamily = {
  definitions,
  run(diff, context) {
    for (const m of diff.operations.matched) {
      const operation = { key: m.key, label: m.rev.label };
      compare('operation', m.base, m.rev, operation, m.key, `${m.rev.label}: operation`, context);
      const before = stabilityRank(m.base.stability);
      const after = stabilityRank(m.rev.stability);
      if (before !== undefined && after !== undefined && after < before) {
        const at = below(m.rev.node, 'x-stability-level');
        context.report({ checkId: 'operation-stability-decreased', message: `${m.rev.label}: stability decreased from ${m.base.stability ?? 'stable'} to ${m.rev.stability}`, operation, base: m.base.node, ...(at ? { revision: at } : {}), at: `${m.key}:stability` });
      }
      if (diff.kind === 'http' && 'parameters' in m) {
        for (const p of m.parameters.matched) {
          compare('request-parameter', p.base, p.rev, operation, `param:${p.rev.key}`, `${m.rev.label}: ${p.rev.in} parameter '${p.rev.name}'`, context);
        }
      }
    }
  },
};

function compare(prefix: 'operation' | 'request-parameter', base: Deprecatable, rev: Deprecatable, operation: { key: string; label: string }, at: string, what: string, { report }: CheckContext): void {
  const sunsetAt = (d: Deprecatable): NodeLocation => below(d.node, 'x-sunset')!;
  const deprecatedAt = (d: Deprecatable): NodeLocation => below(d.node, 'deprecated')!;
  if (!base.deprecated && rev.deprecated) {
    if (rev.sunset === undefined) report({ checkId: `${prefix}-deprecated-without-sunset`, message: `${what} deprecated without an x-sunset date`, operation, revision: deprecatedAt(rev), at });
    else report({ checkId: `${prefix}-deprecated`, message: `${what} deprecated (sunset ${rev.sunset})`, operation, revision: deprecatedAt(rev), at });
    return;
  }
  if (base.deprecated && !rev.deprecated) {
    if (prefix === 'operation') report({ checkId: 'operation-reactivated', message: `${what} is no longer deprecated`, operation, base: deprecatedAt(base), revision: rev.node, at });
    return;
  }
  if (!base.deprecated || !rev.deprecated) return;
  const before = sunsetDate(base.sunset);
  const after = sunsetDate(rev.sunset);
  if (before !== undefined && after !== undefined && after.getTime() < before.getTime()) {
    report({ checkId: `${prefix}-sunset-moved-earlier`, message: `${what}: sunset moved earlier from ${base.sunset} to ${rev.sunset}`, operation, base: sunsetAt(base), revision: sunsetAt(rev), at });
  } else if (prefix === 'operation' && base.sunset !== undefined && rev.sunset === undefined) {
    report({ checkId: 'operation-sunset-removed', message: `${what}: x-sunset ${base.sunset} removed while still deprecated`, operation, base: sunsetAt(base), revision: deprecatedAt(rev), at });
  }
}
