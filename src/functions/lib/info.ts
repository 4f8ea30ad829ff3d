/** Reading `info.x-…` members for the owner- rules: present, a non-empty string, where to report. */
import type { ResolvedNode } from '../../document/source.js';
import { member } from '../../model/located.js';
import { quote, type Violation } from './violations.js';

export type InfoString = { ok: true; node: ResolvedNode; value: string } | { ok: false; violation: Violation };

/** `info.<key>` as a non-empty string, or the violation: missing (at info) or not a string (at the member). */
export function infoString(info: ResolvedNode, key: string, purpose: string): InfoString {
  const node = member(info, key);
  if (node === undefined) return { ok: false, violation: { at: info, message: `info.${key} is missing: ${purpose}` } };
  if (typeof node.value !== 'string' || node.value.trim() === '') {
    return { ok: false, violation: { at: node, message: `info.${key} must be a non-empty string (${purpose}), not ${quote(node.value)}` } };
  }
  return { ok: true, node, value: node.value };
}
