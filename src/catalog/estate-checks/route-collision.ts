/**
 * X9 estate-route-collision: two contracts serving the same (host, path, method), with every
 * `{param}` normalized to `{}` and the server's base path included. A route that overlaps another
 * only through a template (`/orders/{}` against `/orders/search`) is a warning: which one the
 * gateway picks depends on its matching order.
 */
import { activeContracts, at, label, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';
import type { RouteFact } from '../facts.js';

interface RouteRef {
  id: number;
  contract: EstateContract;
  route: RouteFact;
  segments: string[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  routes: RouteRef[];
}

const WILDCARD = '{}';

export const routeCollision: EstateCheck = {
  id: 'estate-route-collision',
  severity: 'error',
  area: 'ops',
  description: 'Two contracts serve the same host, path and method (or overlap through a path template).',
  run(estate) {
    const groups = new Map<string, RouteRef[]>();
    let id = 0;
    for (const contract of activeContracts(estate)) {
      for (const route of contract.facts.routes) {
        const segments = route.route.split('/').filter((s) => s !== '');
        const key = `${route.host} ${route.method} ${segments.length}`;
        const list = groups.get(key) ?? [];
        list.push({ id: id++, contract, route, segments });
        groups.set(key, list);
      }
    }
    const findings: EstateFindingDraft[] = [];
    for (const refs of groups.values()) {
      if (new Set(refs.map((r) => r.contract.index)).size < 2) continue;
      const exact = new Map<string, RouteRef[]>();
      for (const ref of refs) {
        const list = exact.get(ref.route.route) ?? [];
        list.push(ref);
        exact.set(ref.route.route, list);
      }
      for (const list of exact.values()) {
        const contracts = new Set(list.map((r) => r.contract.index));
        if (contracts.size < 2) continue;
        const first = list[0]!.route;
        findings.push({
          ruleId: this.id,
          severity: 'error',
          message: `${first.method} ${hostText(first.host)}${first.route} is served by ${contracts.size} contracts: ${[...new Set(list.map((r) => `${label(r.contract)} (${r.route.path})`))].join(', ')}`,
          locations: list.map((r) => at(r.contract, r.route)),
        });
      }
      findings.push(...overlaps(refs, this.id));
    }
    return findings;
  },
};

function overlaps(refs: RouteRef[], ruleId: string): EstateFindingDraft[] {
  const root: TrieNode = { children: new Map(), routes: [] };
  for (const ref of refs) {
    let node = root;
    for (const segment of ref.segments) {
      let next = node.children.get(segment);
      if (next === undefined) {
        next = { children: new Map(), routes: [] };
        node.children.set(segment, next);
      }
      node = next;
    }
    node.routes.push(ref);
  }
  const findings: EstateFindingDraft[] = [];
  const reported = new Set<string>();
  // a contract that serves the other's exact route already collides there (an error): no overlap warning on top
  const served = new Set(refs.map((r) => `${r.contract.index} ${r.route.route}`));
  for (const ref of refs) {
    for (const other of matching(root, ref.segments, 0)) {
      if (other.contract.index === ref.contract.index || other.route.route === ref.route.route) continue;
      if (served.has(`${ref.contract.index} ${other.route.route}`) || served.has(`${other.contract.index} ${ref.route.route}`)) continue;
      const [a, b] = ref.id < other.id ? [ref, other] : [other, ref];
      const key = `${a.contract.index}:${a.route.route} ${b.contract.index}:${b.route.route}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push({
        ruleId,
        severity: 'warn',
        message: `${a.route.method} ${hostText(a.route.host)}${a.route.route} (${label(a.contract)}) and ${b.route.route} (${label(b.contract)}) overlap through a path template; the gateway's matching order decides which serves a request`,
        locations: [at(a.contract, a.route), at(b.contract, b.route)],
      });
    }
  }
  return findings;
}

/** Routes in the trie that can match the same request as `segments`. */
function matching(node: TrieNode, segments: string[], depth: number): RouteRef[] {
  if (depth === segments.length) return node.routes;
  const segment = segments[depth]!;
  const out: RouteRef[] = [];
  if (segment === WILDCARD) {
    for (const next of node.children.values()) out.push(...matching(next, segments, depth + 1));
    return out;
  }
  const literal = node.children.get(segment);
  if (literal !== undefined) out.push(...matching(literal, segments, depth + 1));
  const wildcard = node.children.get(WILDCARD);
  if (wildcard !== undefined) out.push(...matching(wildcard, segments, depth + 1));
  return out;
}

function hostText(host: string): string {
  return host === '' ? '' : `//${host}`;
}
