/**
 * The lint engine: runs spectral-core with a ruleset over already loaded contracts and turns its
 * results into Findings (file where the node is defined, pointer as written, line and column).
 */
import path from 'node:path';
import { Spectral, type Ruleset, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { toPointer } from '../document/pointer.js';
import type { SourceFile } from '../document/source.js';
import { attachLintContext, type LintContext, type LintSettings } from './context.js';
import { compareFindings, SEVERITIES, type Finding, type Severity } from './finding.js';
import { ContractDocument, ContractResolver, needsResolvedDocument } from './spectral-adapter.js';

interface RawFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  source: SourceFile;
  path: string[];
  docsUrl: string | undefined;
}

export class LintEngine {
  private readonly spectral: Spectral;
  private readonly resolver = new ContractResolver();

  constructor(
    private readonly ruleset: Ruleset,
    private readonly settings: LintSettings = {},
    private readonly docsUrls: ReadonlyMap<string, string> = new Map(),
  ) {
    this.spectral = new Spectral({ resolver: this.resolver as never });
    this.spectral.setRuleset(ruleset);
  }

  async lint(contract: Contract): Promise<Finding[]> {
    const document = new ContractDocument(contract);
    const context: LintContext = { contract, settings: this.settings, external: [], memo: new Map() };
    attachLintContext(document, context);
    this.resolver.prepare(contract, needsResolvedDocument(this.ruleset, document.formats as Set<unknown>));
    const results = await this.spectral.run(document, { ignoreUnknownFormat: true });
    const raw: RawFinding[] = [];
    for (const result of results) raw.push(this.fromSpectral(result, contract));
    for (const ext of context.external) {
      const rule = this.ruleset.rules[ext.ruleName];
      // per-file overrides of Spectral-format rulesets apply as they do to Spectral's own results
      const ruleSeverity = rule === undefined ? -1 : (rule.getSeverityForSource(ext.source.uri, ext.path) as number);
      if (rule === undefined || ruleSeverity === -1) continue;
      raw.push({
        ruleId: ext.ruleName,
        severity: SEVERITIES[ruleSeverity] ?? 'error',
        message: formatMessage(rule.message ?? rule.description ?? ext.message, ext.message, ext.path, rule.description),
        source: ext.source,
        path: ext.path,
        docsUrl: this.docsUrls.get(ext.ruleName) ?? rule.documentationUrl ?? undefined,
      });
    }
    return locate(dedupe(raw)).sort(compareFindings);
  }

  private fromSpectral(result: ISpectralDiagnostic, contract: Contract): RawFinding {
    const source = findSource(contract, result.source);
    return {
      ruleId: String(result.code),
      severity: SEVERITIES[result.severity] ?? 'error',
      message: result.message,
      source,
      path: result.path.map(String),
      docsUrl: this.docsUrls.get(String(result.code)) ?? result.documentationUrl,
    };
  }
}

function findSource(contract: Contract, source: string | undefined): SourceFile {
  if (source === undefined) return contract;
  return contract.refs.files.get(source) ?? contract.refs.files.get(path.normalize(source)) ?? contract;
}

function dedupe(findings: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.source.uri}\u0000${toPointer(f.path)}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One batch per file: positions are computed for reported nodes only. */
function locate(raw: RawFinding[]): Finding[] {
  const bySource = new Map<SourceFile, RawFinding[]>();
  for (const f of raw) {
    const list = bySource.get(f.source);
    if (list === undefined) bySource.set(f.source, [f]);
    else list.push(f);
  }
  const findings: Finding[] = [];
  for (const [source, list] of bySource) {
    const positions = source.positions.locate(list.map((f) => f.path));
    list.forEach((f, i) => {
      const finding: Finding = {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: source.file,
        pointer: toPointer(f.path),
        line: positions[i]!.line,
        column: positions[i]!.column,
      };
      if (f.docsUrl !== undefined) finding.docsUrl = f.docsUrl;
      findings.push(finding);
    });
  }
  return findings;
}

/** Spectral's message placeholders, for results reported into referenced files. */
function formatMessage(template: string, error: string, nodePath: string[], description: string | null): string {
  return template
    .replace(/{{error}}/g, error)
    .replace(/{{property}}/g, nodePath.length > 0 ? nodePath[nodePath.length - 1]! : '')
    .replace(/{{path}}/g, toPointer(nodePath))
    .replace(/{{description}}/g, description ?? '')
    .replace(/{{[^}]*}}/g, '')
    .trim();
}
