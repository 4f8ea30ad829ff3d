/**
 * Who breaks: the contracts of the estate that use what a breaking change affects. An HTTP API's
 * consumers declare it in `x-consumes` (any major, or the major that changed); an event's consumers
 * receive its type (AsyncAPI 2.x `publish`, 3.x `action: receive`, as the catalog reads them).
 */
import { usesApi, type ApiEntryBase, type CollectedContract } from '../catalog/facts.js';
import type { Change } from '../diff/types.js';
import type { Consumer } from './types.js';

export function consumersOf(change: Change, entry: ApiEntryBase, baseEntry: ApiEntryBase | undefined, estate: readonly CollectedContract[], repoKey: (display: string) => string): Consumer[] {
  const own = repoKey(entry.file);
  const others = estate.filter((c) => repoKey(c.entry.file) !== own && c.entry.apiId !== entry.apiId);
  const out: Consumer[] = [];
  const major = baseEntry?.major ?? entry.major;
  for (const c of others) {
    const use = c.entry.consumesApis.find((u) => usesApi(u, { apiId: entry.apiId, major }));
    if (use !== undefined) out.push(consumer(c, `x-consumes ${use.api}${use.major !== null ? ` v${use.major}` : ''}`));
  }
  const types = affectedEventTypes(change, entry, baseEntry);
  if (types.size > 0) {
    for (const c of others) {
      const type = c.entry.consumes.find((t) => types.has(t));
      if (type !== undefined && !out.some((o) => o.apiId === c.entry.apiId)) out.push(consumer(c, `receives ${type}`));
    }
  }
  return out.sort((a, b) => a.apiId.localeCompare(b.apiId));
}

function consumer(c: CollectedContract, via: string): Consumer {
  return { apiId: c.entry.apiId, owner: c.entry.owner, file: c.entry.file, via };
}

/**
 * The event types a change touches: those sent on the channel its operation names (`SEND <address>`),
 * else every type the contract sends. Receivers only feel changes to what the contract sends.
 */
function affectedEventTypes(change: Change, entry: ApiEntryBase, baseEntry: ApiEntryBase | undefined): Set<string> {
  const sent = [...entry.messages, ...(baseEntry?.messages ?? [])].filter((m) => m.action === 'send');
  if (sent.length === 0) return new Set();
  const label = `${change.operation ?? ''} ${change.message}`;
  const onChannel = sent.filter((m) => m.channel !== '' && label.includes(m.channel));
  return new Set((onChannel.length > 0 ? onChannel : sent).map((m) => m.type));
}
