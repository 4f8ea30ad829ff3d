/**
 * Change freezes (peak trading): during a window from `apigov.yaml` `freeze:`, a breaking change
 * fails the gate, and so does any change to a production contract when the window says so, unless a
 * waiver (rule `freeze-breaking-change` or `freeze-production-change`) approves it.
 */
import type { FreezeWindow } from '../lint/config.js';
import { toWaiver, type WaiverMatcher } from '../lint/waivers.js';
import type { CheckedContract, FreezeViolation } from './types.js';
import { plural } from '../report/summary.js';

export function activeWindows(windows: readonly FreezeWindow[], today: string): FreezeWindow[] {
  return windows.filter((w) => w.from <= today && today <= w.to);
}

export function freezeViolations(contracts: readonly CheckedContract[], windows: readonly FreezeWindow[], today: string, waivers: WaiverMatcher | undefined): FreezeViolation[] {
  const out: FreezeViolation[] = [];
  for (const window of activeWindows(windows, today)) {
    const during = { from: window.from, to: window.to, reason: window.reason };
    for (const contract of contracts) {
      // a waived breaking change is approved as a change, not for shipping during a freeze: that
      // takes a freeze waiver of its own
      const breaking = contract.changes.filter((c) => c.level === 'breaking');
      const violation = (ruleId: FreezeViolation['ruleId'], message: string): FreezeViolation => {
        const waiver = waivers?.match({ rule: ruleId, file: contract.path, pointer: '' });
        return { ruleId, message, file: contract.path, window: during, ...(waiver !== undefined ? { waived: toWaiver(waiver) } : {}) };
      };
      if (breaking.length > 0) {
        out.push(violation('freeze-breaking-change', `${plural(breaking.length, 'breaking change')} during the change freeze "${window.reason}" (${window.from} to ${window.to})`));
      } else if (window.production === true && contract.lifecycle === 'production') {
        out.push(violation('freeze-production-change', `change to a production contract during the change freeze "${window.reason}" (${window.from} to ${window.to})`));
      }
    }
  }
  return out;
}
