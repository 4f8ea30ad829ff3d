/**
 * Does an event name state a fact? Version and `Event`-like suffixes and a trailing phrasal-verb
 * particle are dropped first (`OrderPlacedEvent` → order placed, `UserSignedUp` → user signed,
 * `order-placed.v1` → order placed). The name passes when its last word is a past form, or when it
 * does not start with an imperative verb and a later word is a past form (`MemberLeftChannel`,
 * `ItemAddedToCart`). A past form ends in `-ed` (not `feed`, `speed`) or is an irregular
 * participle from the configured list (`sent`, `paid`, `sold`). `CreateOrder` and `UpdateStock`
 * fail; so do nouns (`Heartbeat`).
 */
import type { EventHeuristics } from './heuristics.js';
import { splitWords, wordSet } from './words.js';

export interface TenseVerdict {
  past: boolean;
  /** the word judged: the last word, or the past form found */
  verb: string;
}

export function judgeTense(name: string, h: EventHeuristics): TenseVerdict | undefined {
  const ignored = wordSet(h.ignoredSuffixes);
  const particles = wordSet(h.particles);
  const words = [...splitWords(name)]; // a copy: splitWords results are cached and shared
  while (words.length > 1 && (ignored.has(words[words.length - 1]!) || /^v\d+$/.test(words[words.length - 1]!))) words.pop();
  if (words.length > 1 && particles.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined || /^\d+$/.test(last)) return undefined;
  const irregular = wordSet(h.irregularPast);
  const notPast = wordSet(h.notPast);
  const isPast = (w: string) => irregular.has(w) || (w.length > 3 && w.endsWith('ed') && !notPast.has(w));
  if (isPast(last)) return { past: true, verb: last };
  if (words.length > 2 && !wordSet(h.imperativeVerbs).has(words[0]!)) {
    const inner = words.slice(1, -1).find(isPast);
    if (inner !== undefined) return { past: true, verb: inner };
  }
  return { past: false, verb: last };
}
