/**
 * JUnit XML for CI test report views (GitLab, Jenkins, Azure): a suite per file linted (a clean file
 * is one passing case), a failing test case per finding at or above the fail severity. Findings below it do not fail the build, so they
 * get no case of their own; they are listed in the suite's <system-out> so they are not lost.
 */
import { oneLine } from '../document/errors.js';
import { meetsThreshold, type Finding } from '../lint/finding.js';
import { groupByFile, type FileFindings } from './group.js';
import { plural, SEVERITY_LABEL } from './summary.js';
import type { LintFormatter, LintReport } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

interface Suite {
  name: string;
  tests: number;
  failures: number;
  cases: string[];
  /** findings below the fail severity, one per line */
  output: string[];
}

export const formatJunit: LintFormatter = (report) => {
  const groups = groupByFile(report.findings);
  const withFindings = new Set(groups.map((g) => g.file));
  const clean = [...new Set(report.linted ?? [])].filter((file) => !withFindings.has(file));
  const suites = [...groups.map((group) => fileSuite(group, report)), ...clean.map((file) => fileSuite({ file, findings: [] }, report))].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  if (suites.length === 0) suites.push(cleanRunSuite(report));
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apigov lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap(suiteXml),
    '</testsuites>',
  ];
  return lines.join('\n') + '\n';
};

function suiteXml(suite: Suite): string[] {
  const lines = [
    `  <testsuite name="${xmlAttr(suite.name)}" tests="${suite.tests}" failures="${suite.failures}" errors="0" skipped="0">`,
    ...suite.cases,
  ];
  if (suite.output.length > 0) lines.push(`    <system-out>${xmlText(suite.output.join('\n'))}</system-out>`);
  lines.push('  </testsuite>');
  return lines;
}

function fileSuite({ file, findings }: FileFindings, report: LintReport): Suite {
  const failing = findings.filter((f) => meetsThreshold(f.severity, report.failSeverity));
  const below = findings.filter((f) => !meetsThreshold(f.severity, report.failSeverity));
  const cases = failing.flatMap(failingCase);
  // a suite without cases reads as "not run" in some viewers: a clean file is one passing case
  if (failing.length === 0) cases.push(passingCase(file, `no problems at or above ${report.failSeverity}`));
  return {
    name: file,
    tests: Math.max(1, failing.length),
    failures: failing.length,
    cases,
    output: below.map((f) => `${f.line}:${f.column} ${SEVERITY_LABEL[f.severity]} ${oneLine(f.message)} (${f.ruleId})`),
  };
}

/** Without findings or a list of linted files, one passing case stands for the whole run. */
function cleanRunSuite(report: LintReport): Suite {
  const name = 'apigov lint';
  return { name, tests: 1, failures: 0, cases: [passingCase(name, `no problems in ${plural(report.files, 'file')}`)], output: [] };
}

function failingCase(f: Finding): string[] {
  const details = [`${f.file}:${f.line}:${f.column}`, f.message, `rule: ${f.ruleId}`, `pointer: ${f.pointer}`];
  if (f.docsUrl !== undefined) details.push(`docs: ${f.docsUrl}`);
  return [
    `    <testcase name="${xmlAttr(caseName(f))}" classname="${xmlAttr(f.file)}" file="${xmlAttr(f.file)}" line="${f.line}">`,
    `      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.severity)}">${xmlText(details.join('\n'))}</failure>`,
    '    </testcase>',
  ];
}

function passingCase(classname: string, name: string): string {
  return `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(classname)}"/>`;
}

/** Rule and pointer, not the line, so a case keeps its name across edits and CI can track it. */
function caseName(f: Finding): string {
  return `${f.ruleId} at ${f.pointer === '' ? '(document root)' : f.pointer}`;
}
