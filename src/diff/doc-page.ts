/**
 * The documentation page of a check, rendered from its definition, so the page, the registry and
 * the tested examples cannot drift apart (test/diff/docs.test.ts compares docs/checks/ with this).
 */
import type { CheckDefinition, Example } from './checks/types.js';

const FAMILY_NAMES: Readonly<Record<string, string>> = {
  paths: 'paths and operations',
  parameters: 'request parameters',
  'request-body': 'request bodies',
  responses: 'responses and headers',
  schemas: 'schemas',
  security: 'security',
  lifecycle: 'lifecycle and deprecation',
  asyncapi: 'AsyncAPI channels, operations and messages',
};

export function renderCheckDoc(check: CheckDefinition): string {
  const meta = [`**Level:** ${check.level}`, `**Family:** ${FAMILY_NAMES[check.family] ?? check.family}`];
  if (check.side !== undefined) meta.push(`**Side:** ${check.side}`);
  if (check.addition) meta.push('**Counts as:** a feature addition (minor version)');
  return [
    `# ${check.id}`,
    meta.join(' · '),
    `${check.description}.`,
    '## What it detects',
    check.docs.what,
    '## Why it matters in retail',
    check.docs.why,
    '## Example that triggers it',
    example(check.docs.bad),
    '## Compatible alternative',
    `This revision does not trigger \`${check.id}\`:`,
    example(check.docs.good),
    '## Configure or waive',
    configure(check),
  ].join('\n\n') + '\n';
}

function example(e: Example): string {
  const block = (label: string, text: string) => (text === '' ? `${label}: (no such file)` : `${label}:\n\n\`\`\`yaml\n${text.trimEnd()}\n\`\`\``);
  return `${block('Base', e.base)}\n\n${block('Revision', e.revision)}`;
}

function configure(check: CheckDefinition): string {
  return `Change its level (or switch it off) for every contract in \`apigov.yaml\`:

\`\`\`yaml
diff:
  checks:
    ${check.id}: warning   # breaking | warning | info | off
\`\`\`

To accept one approved occurrence, waive it in \`apigov-waivers.yaml\` by check id and the fingerprint apigov prints for it (\`apigov diff --format json\` lists each change's \`fingerprint\`); the waiver stops applying after \`expires\`:

\`\`\`yaml
waivers:
  - rule: ${check.id}
    files: contracts/orders.yaml
    fingerprint: 3f1c9a2b7d4e5f60a1b2
    reason: Agreed with the store-app team, see CHANGE-1234
    approvedBy: api-governance-board
    expires: 2026-12-31
\`\`\``;
}
