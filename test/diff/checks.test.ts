/**
 * Every registered check, tested with the examples of its documentation page: the "triggers it"
 * pair must report the check at its level, the compatible alternative must not report it. These
 * are the base/revision fixtures of the check registry (one pair of each kind per check).
 */
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/diff/registry.js';
import { diffTexts } from './harness.js';

const checks = [...checkRegistry().values()];
// contract-added / contract-removed need two git states; test/diff/cli.test.ts covers them
const pairChecks = checks.filter((c) => c.docs.bad.base !== '' && c.docs.bad.revision !== '');

describe('check registry', () => {
  it('has unique ids in <area>-<name> form, one-line descriptions and a level each', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const c of checks) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(c.description).not.toMatch(/\n/);
      expect(['breaking', 'warning', 'info']).toContain(c.level);
    }
  });

  it('covers every breaking-level category of oasdiff plus security and AsyncAPI', () => {
    const all = new Set(checks.map((c) => c.id));
    const required = [
      'operation-removed', 'operation-removed-before-sunset', 'request-required-parameter-added', 'request-parameter-became-required',
      'request-parameter-serialization-changed', 'request-body-became-required', 'request-body-added-required', 'request-media-type-removed',
      'request-property-became-required', 'request-required-property-added', 'request-type-changed', 'request-enum-value-removed',
      'request-max-length-decreased', 'request-minimum-increased', 'request-pattern-added', 'request-became-enum', 'request-became-not-nullable',
      'request-branch-removed', 'request-discriminator-value-removed', 'request-additional-properties-closed', 'request-prefix-items-added',
      'request-dependent-required-added', 'response-property-removed', 'response-property-became-optional', 'response-became-nullable',
      'response-enum-value-added', 'response-type-widened', 'response-max-length-increased', 'response-branch-added',
      'response-success-status-removed', 'response-media-type-removed', 'response-header-removed', 'response-header-became-optional',
      'security-requirement-added', 'security-scope-added', 'security-scheme-type-changed', 'operation-sunset-moved-earlier',
      'channel-removed', 'channel-address-changed', 'operation-action-changed', 'message-removed', 'message-key-changed',
      'cloudevents-type-changed', 'sent-message-required-property-added', 'received-message-property-became-required',
    ];
    expect(required.filter((id) => !all.has(id))).toEqual([]);
    expect(checks.filter((c) => c.level === 'breaking').length).toBeGreaterThan(120);
  });
});

describe.each(pairChecks.map((c) => [c.id, c] as const))('%s', (id, check) => {
  it(`reports the example change as ${check.level}`, async () => {
    const result = await diffTexts(check.docs.bad.base, check.docs.bad.revision);
    const hits = result.changes.filter((c) => c.checkId === id);
    expect(hits.length, result.changes.map((c) => `${c.checkId}: ${c.message}`).join('\n')).toBeGreaterThan(0);
    expect(hits[0]!.level).toBe(check.level);
    expect(hits[0]!.message.length).toBeGreaterThan(10);
    expect(hits[0]!.base ?? hits[0]!.revision).toBeDefined();
  });

  it('does not report the compatible alternative', async () => {
    const result = await diffTexts(check.docs.good.base, check.docs.good.revision);
    expect(result.changes.filter((c) => c.checkId === id).map((c) => c.message)).toEqual([]);
  });
});
