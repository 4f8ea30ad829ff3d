/** AsyncAPI nodes the structure- parity rules walk: root and component objects, each once at its definition. */
import type { Contract } from '../../document/contract.js';
import type { ResolvedNode } from '../../document/source.js';
import { child, entries, items, locationKey, rootNode } from '../../model/located.js';
import type { AsyncApiModel } from '../../model/index.js';

/** Keep the first node per definition location. */
export function uniqueNodes(nodes: Iterable<ResolvedNode | undefined>): ResolvedNode[] {
  const seen = new Set<string>();
  const out: ResolvedNode[] = [];
  for (const node of nodes) {
    if (node === undefined) continue;
    const key = locationKey(node);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(node);
  }
  return out;
}

/** Entries of `<root>.<key>` and `components.<key>`, resolved. */
export function rootAndComponentEntries(contract: Contract, key: string): Array<[string, ResolvedNode]> {
  const root = rootNode(contract);
  return [...entries(contract, child(contract, root, key)), ...entries(contract, child(contract, child(contract, root, 'components'), key))];
}

export function componentEntries(contract: Contract, key: string): Array<[string, ResolvedNode]> {
  return entries(contract, child(contract, child(contract, rootNode(contract), 'components'), key));
}

/** Every object that may carry `tags`, once each. */
export function tagHolders(model: AsyncApiModel): ResolvedNode[] {
  const { contract } = model;
  const root = rootNode(contract);
  const traitsOf = (node: ResolvedNode) => items(contract, child(contract, node, 'traits'));
  const channels = rootAndComponentEntries(contract, 'channels').map(([, c]) => c);
  const operations = rootAndComponentEntries(contract, 'operations').map(([, o]) => o);
  const messages = [
    ...model.messages.map((m) => m.node),
    ...channels.flatMap((c) => entries(contract, child(contract, c, 'messages')).map(([, m]) => m)),
  ];
  return uniqueNodes([
    root,
    child(contract, root, 'info'),
    ...rootAndComponentEntries(contract, 'servers').map(([, s]) => s),
    ...channels,
    ...operations,
    ...operations.flatMap(traitsOf),
    ...componentEntries(contract, 'operationTraits').map(([, t]) => t),
    ...messages,
    ...messages.flatMap(traitsOf),
    ...componentEntries(contract, 'messageTraits').map(([, t]) => t),
  ]);
}

/** `{name}` variables of a URL, host, pathname or channel address template. */
export function templateVariables(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(/\{([^{}]+)\}/g)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}
