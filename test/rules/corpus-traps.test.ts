/**
 * Traps met on real contracts (skipped when the shared corpus is absent): what the ops- and events-
 * rules must not report there.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { loadSettings } from '../../src/lint/settings.js';
import type { Finding } from '../../src/lint/finding.js';
import { CORPUS, hasCorpus } from '../helpers.js';

async function lintCorpus(file: string, root?: string): Promise<Finding[]> {
  const { contracts, errors } = await loadContracts([path.join(CORPUS, file)], { cwd: process.cwd(), ...(root === undefined ? {} : { projectRoot: path.join(CORPUS, root) }) });
  expect(errors).toEqual([]);
  const loaded = await buildRuleset(['apigov:retail'], {}, process.cwd());
  return new LintEngine(loaded.ruleset, loadSettings({}, process.cwd()), loaded.docsUrls).lint(contracts[0]!);
}

describe.skipIf(!hasCorpus)('real contracts', () => {
  it('Slack RTM: its own `type` member is not judged as a CloudEvents type; MemberLeftChannel-style names pass', async () => {
    const findings = await lintCorpus('asyncapi/v3.0/slack-rtm-asyncapi.yml');
    expect(findings.filter((f) => f.ruleId === 'events-type-naming' || f.ruleId === 'events-attribute-types')).toEqual([]);
    const pastTense = findings.filter((f) => f.ruleId === 'events-past-tense').map((f) => f.pointer);
    expect(pastTense).not.toContain('/components/messages/memberLeftChannel');
    expect(pastTense).toContain('/components/messages/channelRename');
  });

  it('Kraken request/reply: ping and pong are not events; the invalid example payloads are found', async () => {
    const findings = await lintCorpus('asyncapi/v3.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml');
    const pastTense = findings.filter((f) => f.ruleId === 'events-past-tense').map((f) => f.pointer);
    expect(pastTense).not.toContain('/components/messages/pong');
    expect(findings.filter((f) => f.ruleId === 'structure-asyncapi-message-examples').map((f) => f.pointer)).toEqual([
      '/components/messages/subscriptionStatus/examples/0/payload',
      '/components/messages/subscriptionStatus/examples/1/payload',
    ]);
  });

  it('Adeo (Kafka, Avro): a key in a remote Avro file is not judged', async () => {
    const findings = await lintCorpus('asyncapi/v3.0/adeo-kafka-request-reply-asyncapi.yml');
    expect(findings.filter((f) => f.ruleId === 'events-partition-key').map((f) => f.pointer)).toEqual(['/components/messages/costingRequestV1']);
  });

  it('multi-file social media set: shared messages are reported in common/messages.yaml', async () => {
    const findings = await lintCorpus('asyncapi/v3.0/social-media/backend/asyncapi.yaml', 'asyncapi/v3.0/social-media');
    const envelope = findings.filter((f) => f.ruleId === 'events-cloudevents-envelope');
    expect(envelope.length).toBeGreaterThan(0);
    expect(envelope.every((f) => f.file.endsWith(path.join('common', 'messages.yaml')))).toBe(true);
  });
});
