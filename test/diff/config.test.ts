/** The `diff:` section of apigov.yaml is validated like the rest of the config. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/lint/config.js';
import { tempProject } from '../helpers.js';

const load = (yaml: string) => {
  const dir = tempProject({ 'apigov.yaml': yaml });
  return () => loadConfig(dir, path.join(dir, 'apigov.yaml'));
};

describe('diff config', () => {
  it('accepts check levels, failOn, versionCheck and includeInfo', () => {
    const config = load(`diff:
  failOn: warning
  versionCheck: false
  includeInfo: true
  checks:
    response-property-removed: warning
    operation-id-changed: off
`)().config;
    expect(config.diff?.checks).toEqual({ 'response-property-removed': 'warning', 'operation-id-changed': 'off' });
  });

  it.each([
    ['diff:\n  checks:\n    response-property-removed: fatal\n', /"diff\.checks\.response-property-removed" must be one of "breaking", "warning", "info", "off"/],
    ['diff:\n  failOn: error\n', /"diff\.failOn" must be one of/],
    ['diff:\n  waivers:\n    - {fingerprint: abc}\n', /unknown key "diff\.waivers"/],
    ['diff:\n  colour: true\n', /unknown key "diff\.colour"/],
  ])('refuses %j', (yaml, message) => {
    expect(load(yaml)).toThrow(message);
  });
});
