/**
 * JUnit XML for CI test views: a suite per contract pair, a failing case per change at or above
 * --fail-on (and one for a version that is not bumped as required), the rest listed in system-out.
 */
import { oneLine } from '../../document/errors.js';
import { xmlAttr, xmlText } from '../../report/xml.js';
import type { Change } from '../types.js';
import { detailOf, fails, shown, versionFails, type ContractDiff, type DiffFormatter, type DiffReport } from './types.js';

export const formatJunit: DiffFormatter = (report) => {
  const suites = report.contracts.map((contract) => suite(contract, report));
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="apigov diff" tests="${tests}" failures="${failures}" errors="0">`, ...suites.flatMap((s) => s.xml), '</testsuites>'].join('\n') + '\n';
};

function suite(contract: ContractDiff, report: DiffReport): { tests: number; failures: number; xml: string[] } {
  const name = contract.status === 'added' ? contract.revisionFile : contract.status === 'removed' ? contract.baseFile : `${contract.baseFile} → ${contract.revisionFile}`;
  const visible = shown(report, contract.changes);
  const failing = visible.filter((c) => fails(report, c));
  const other = visible.filter((c) => !fails(report, c));
  const cases = failing.flatMap((c) => failingCase(c, name));
  let failures = failing.length;
  if (report.failOn !== 'none' && versionFails(report, contract)) {
    failures++;
    cases.push(`    <testcase name="version" classname="${xmlAttr(name)}">`, `      <failure message="${xmlAttr(contract.version.reason ?? 'version not bumped as required')}" type="version">${xmlText(`requires a ${contract.version.requiredBump} bump`)}</failure>`, '    </testcase>');
  }
  if (cases.length === 0) cases.push(`    <testcase name="${xmlAttr(`no changes at or above ${report.failOn}`)}" classname="${xmlAttr(name)}"/>`);
  const xml = [`  <testsuite name="${xmlAttr(name)}" tests="${Math.max(1, failures)}" failures="${failures}" errors="0" skipped="0">`, ...cases];
  if (other.length > 0) xml.push(`    <system-out>${xmlText(other.map((c) => `${c.level} ${oneLine(c.message)} (${c.checkId})`).join('\n'))}</system-out>`);
  xml.push('  </testsuite>');
  return { tests: Math.max(1, failures), failures, xml };
}

function failingCase(change: Change, classname: string): string[] {
  const details = [change.message, `check: ${change.checkId}`, `fingerprint: ${change.fingerprint}`];
  if (change.base !== undefined) details.push(`base: ${change.base.file}:${change.base.line} ${change.base.pointer}`);
  if (change.revision !== undefined) details.push(`revision: ${change.revision.file}:${change.revision.line} ${change.revision.pointer}`);
  return [
    `    <testcase name="${xmlAttr(`${change.checkId}: ${detailOf(change)}`)}" classname="${xmlAttr(classname)}">`,
    `      <failure message="${xmlAttr(change.message)}" type="${xmlAttr(change.level)}">${xmlText(details.join('\n'))}</failure>`,
    '    </testcase>',
  ];
}
