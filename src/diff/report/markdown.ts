/**
 * A changelog for a pull-request comment: per contract the version verdict, then breaking changes,
 * warnings and additions (other info-level changes only with --include-info). Contract text is
 * escaped so it can neither break a table nor inject markup.
 */
import { inlineText } from '../../report/markdown.js';
import { plural } from '../../report/summary.js';
import type { Change } from '../types.js';
import { counted, countsPhrase, detailOf, isJudged, versionsFailing, type ContractDiff, type DiffFormatter, type DiffReport } from './types.js';

/** Past this many rows a section is folded. */
const FOLD = 30;

export const formatMarkdown: DiffFormatter = (report) => {
  const all = counted(report.contracts.flatMap((c) => c.changes));
  const breaking = all.some((c) => c.level === 'breaking');
  const unbumped = versionsFailing(report);
  const icon = breaking || unbumped > 0 ? '❌' : all.some((c) => c.level === 'warning') ? '⚠️' : '✅';
  const versions = unbumped > 0 ? `, ${plural(unbumped, 'version')} not bumped as required` : '';
  const parts = ['## apigov diff', `${icon} **${countsPhrase(all)}**${versions}${report.multi ? ` in ${plural(report.contracts.length, 'contract')}` : ''}.`];
  for (const contract of report.contracts) parts.push(contractSection(contract, report));
  return parts.join('\n\n') + '\n';
};

function heading(contract: ContractDiff): string {
  if (contract.status === 'added') return `### ${inlineText(contract.revisionFile)} (new contract)`;
  if (contract.status === 'removed') return `### ${inlineText(contract.baseFile)} (removed)`;
  return `### ${inlineText(contract.baseFile)} → ${inlineText(contract.revisionFile)}`;
}

function contractSection(contract: ContractDiff, report: DiffReport): string {
  const out = [heading(contract)];
  if (isJudged(contract)) out.push(versionLine(contract, report));
  const changes = counted(contract.changes);
  const sections: Array<[string, Change[]]> = [
    ['Breaking changes', changes.filter((c) => c.level === 'breaking')],
    ['Warnings', changes.filter((c) => c.level === 'warning')],
    ['Additions', changes.filter((c) => c.level === 'info' && c.addition)],
  ];
  if (report.includeInfo) sections.push(['Other changes', changes.filter((c) => c.level === 'info' && !c.addition)]);
  let any = false;
  for (const [title, rows] of sections) {
    if (rows.length === 0) continue;
    any = true;
    out.push(table(`#### ${title} (${rows.length})`, rows));
  }
  if (!any) out.push('No changes that need attention.');
  if (contract.waived > 0) out.push(`_${plural(contract.waived, 'change')} waived in apigov-waivers.yaml._`);
  return out.join('\n\n');
}

function versionLine(contract: ContractDiff, report: DiffReport): string {
  const v = contract.version;
  const need = v.requiredBump === 'none' ? 'no version bump needed' : `needs a **${v.requiredBump}** version bump`;
  const verdict = v.ok ? '✅' : report.versionCheck ? `❌ ${inlineText(v.reason ?? '')}` : `⚠️ ${inlineText(v.reason ?? '')} (not enforced)`;
  return `Version \`${inlineText(v.base || 'none')}\` → \`${inlineText(v.revision || 'none')}\`: ${need} ${verdict}`;
}

function table(title: string, changes: Change[]): string {
  const rows = ['| Operation | Change | Check |', '| --- | --- | --- |', ...changes.map((c) => `| ${inlineText(c.operation ?? '')} | ${inlineText(detailOf(c))} | \`${inlineText(c.checkId)}\` |`)];
  const body = rows.join('\n');
  if (changes.length <= FOLD) return `${title}\n\n${body}`;
  return `${title}\n\n<details>\n<summary>${changes.length} changes</summary>\n\n${body}\n\n</details>`;
}
