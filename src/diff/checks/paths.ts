/**
 * Paths and operations: removed or added operations (HTTP, webhooks, callbacks, event operations),
 * removal judged against deprecation and sunset, changed operationIds, removed servers, and the
 * contract-level additions and removals of `apigov diff --base`.
 */
import type { NodeLocation } from '../../document/source.js';
import { openapi } from './examples.js';
import type { CheckDefinition, CheckFamily } from './types.js';
import { below, sunsetDate } from './util.js';

const ordersApi = (operations: string, version = '1.0.0') =>
  openapi(
    `paths:
  /orders/{orderId}:
    parameters:
      - {name: orderId, in: path, required: true, schema: {type: string}}
${operations
  .trim()
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}`,
    version,
  );

const GET_ORDER = `get:
  operationId: getOrder
  responses:
    '200': {description: The order}`;
const CANCEL = (extra = '') => `delete:
  operationId: cancelOrder${extra}
  responses:
    '204': {description: Cancelled}`;

export const definitions: CheckDefinition[] = [
  {
    id: 'operation-removed',
    level: 'breaking',
    family: 'paths',
    description: 'An operation (or webhook, callback, event operation) was removed without a deprecation that has run out',
    docs: {
      what: 'An operation of the base contract (method + path shape, a webhook, a callback, or an AsyncAPI operation) no longer exists, and it was not deprecated with an `x-sunset` date that has passed. Path template variable names do not matter: `/orders/{orderId}` and `/orders/{id}` are one operation.',
      why: 'Every client that calls it gets 404 or 405: the POS cannot cancel orders, the loyalty app cannot redeem points. Removing an operation needs a deprecation period with a sunset date the consumers agreed to.',
      bad: { base: ordersApi(`${GET_ORDER}\n${CANCEL()}`), revision: ordersApi(GET_ORDER) },
      good: { base: ordersApi(`${GET_ORDER}\n${CANCEL()}`), revision: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2099-12-31"')}`) },
    },
  },
  {
    id: 'operation-removed-before-sunset',
    level: 'breaking',
    family: 'paths',
    description: 'A deprecated operation was removed before its x-sunset date',
    docs: {
      what: 'An operation marked `deprecated: true` with an `x-sunset` date was removed before that date.',
      why: 'Consumers plan their migration to the sunset date (store roll-outs take months). Removing the operation early breaks the stores that have not been upgraded yet.',
      bad: { base: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2099-12-31"')}`), revision: ordersApi(GET_ORDER) },
      good: { base: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2099-12-31"')}`), revision: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2099-12-31"')}`) },
    },
  },
  {
    id: 'operation-removed-after-sunset',
    level: 'info',
    family: 'paths',
    description: 'A deprecated operation was removed after its x-sunset date: the planned end',
    docs: {
      what: 'An operation marked `deprecated: true` with an `x-sunset` date in the past was removed. This is the end of a deprecation the consumers were told about, so it is not breaking and does not need a major version.',
      why: 'Retiring old operations on schedule keeps the estate small; the sunset date is the contract.',
      bad: { base: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2020-01-31"')}`), revision: ordersApi(GET_ORDER) },
      good: { base: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2020-01-31"')}`), revision: ordersApi(`${GET_ORDER}\n${CANCEL('\n  deprecated: true\n  x-sunset: "2020-01-31"')}`) },
    },
  },
  {
    id: 'operation-added',
    level: 'info',
    family: 'paths',
    addition: true,
    description: 'An operation was added',
    docs: {
      what: 'The revision has an operation (or webhook, callback, event operation) the base did not have.',
      why: 'A feature addition: bump the minor version so consumers know there is something new.',
      bad: { base: ordersApi(GET_ORDER), revision: ordersApi(`${GET_ORDER}\n${CANCEL()}`) },
      good: { base: ordersApi(GET_ORDER), revision: ordersApi(GET_ORDER.replace('getOrder', 'getOrder\n  summary: Fetch one order')) },
    },
  },
  {
    id: 'operation-id-changed',
    level: 'warning',
    family: 'paths',
    description: 'The operationId of an operation changed',
    docs: {
      what: 'The `operationId` of an operation changed (or was added or removed).',
      why: 'Generated SDKs name methods after operationIds: a rename breaks the compile of every store app and partner integration that regenerates its client, although the wire format is unchanged.',
      bad: { base: ordersApi(GET_ORDER), revision: ordersApi(GET_ORDER.replace('getOrder', 'fetchOrder')) },
      good: { base: ordersApi(GET_ORDER), revision: ordersApi(GET_ORDER.replace('getOrder', 'getOrder\n  summary: Fetch one order')) },
    },
  },
  {
    id: 'server-removed',
    level: 'warning',
    family: 'paths',
    description: 'A server (base URL or broker) was removed',
    docs: {
      what: 'A server URL of the base contract (OpenAPI `servers`, Swagger `host` + `basePath`, an AsyncAPI server) is no longer listed.',
      why: 'Clients configured with that base URL (store firmware, partner configs) stop reaching the API unless it keeps answering there.',
      bad: {
        base: openapi('servers:\n  - url: https://api.retail.example/v1\n  - url: https://eu.api.retail.example/v1\npaths: {}'),
        revision: openapi('servers:\n  - url: https://api.retail.example/v1\npaths: {}'),
      },
      good: {
        base: openapi('servers:\n  - url: https://api.retail.example/v1\npaths: {}'),
        revision: openapi('servers:\n  - url: https://api.retail.example/v1/\npaths: {}'),
      },
    },
  },
  {
    id: 'contract-removed',
    level: 'breaking',
    family: 'paths',
    description: 'A contract file that existed at the base ref was deleted (apigov diff --base)',
    docs: {
      what: 'In `apigov diff --base REF`, a contract present at REF is gone from the working tree (and was not renamed: renames are followed).',
      why: 'Every operation of the API disappears at once for its consumers.',
      bad: { base: ordersApi(GET_ORDER), revision: '' },
      good: { base: ordersApi(GET_ORDER), revision: ordersApi(GET_ORDER) },
    },
  },
  {
    id: 'contract-added',
    level: 'info',
    family: 'paths',
    addition: true,
    description: 'A new contract file appeared since the base ref (apigov diff --base)',
    docs: {
      what: 'In `apigov diff --base REF`, a contract exists in the working tree that did not exist at REF.',
      why: 'A new API for the catalog and the governance board; nothing can break.',
      bad: { base: '', revision: ordersApi(GET_ORDER) },
      good: { base: ordersApi(GET_ORDER), revision: ordersApi(GET_ORDER) },
    },
  },
];

interface Removable {
  key: string;
  label: string;
  deprecated: boolean;
  sunset: string | undefined;
  node: NodeLocation & { value: unknown };
}

export const pathsFamily: CheckFamily = {
  definitions,
  run(diff, { report, now }) {
    const removed = (op: Removable) => {
      const sunset = sunsetDate(op.sunset);
      const operation = { key: op.key, label: op.label };
      const at = op.key;
      if (op.deprecated && sunset !== undefined && sunset.getTime() <= now.getTime()) {
        report({ checkId: 'operation-removed-after-sunset', message: `${op.label}: removed after its sunset date ${op.sunset}`, operation, base: op.node, at });
      } else if (op.deprecated && sunset !== undefined) {
        report({ checkId: 'operation-removed-before-sunset', message: `${op.label}: removed before its sunset date ${op.sunset}`, operation, base: below(op.node, 'x-sunset'), at });
      } else {
        report({ checkId: 'operation-removed', message: `${op.label}: operation removed${op.deprecated ? ' (deprecated, but without an x-sunset date)' : ''}`, operation, base: op.node, at });
      }
    };
    const added = (op: { key: string; label: string; node: NodeLocation }) =>
      report({ checkId: 'operation-added', message: `${op.label}: operation added`, operation: { key: op.key, label: op.label }, revision: op.node, at: op.key });
    if (diff.kind === 'http') {
      for (const op of diff.operations.removed) removed(op);
      for (const op of diff.operations.added) added(op);
      for (const m of diff.operations.matched) {
        if (m.base.operationId === m.rev.operationId) continue;
        const name = (id: string | undefined) => (id === undefined ? 'none' : `'${id}'`);
        report({
          checkId: 'operation-id-changed',
          message: `${m.rev.label}: operationId changed from ${name(m.base.operationId)} to ${name(m.rev.operationId)}`,
          operation: { key: m.key, label: m.rev.label },
          base: below(m.base.node, 'operationId'),
          revision: below(m.rev.node, 'operationId'),
          at: m.key,
        });
      }
      for (const server of diff.servers.removed) report({ checkId: 'server-removed', message: `server ${server.url} removed`, base: server.node, at: `server:${server.url}` });
    } else {
      // operations of a removed channel are reported with the channel
      const goneChannels = new Set(diff.channels.removed.map((c) => c.shape));
      for (const op of diff.operations.removed) if (!goneChannels.has(op.channel.shape)) removed(op);
      const newChannels = new Set(diff.channels.added.map((c) => c.shape));
      for (const op of diff.operations.added) if (!newChannels.has(op.channel.shape)) added(op);
      for (const server of diff.servers.removed) report({ checkId: 'server-removed', message: `server ${server.name} (${server.url}) removed`, base: server.node, at: `server:${server.name}` });
    }
  },
};
