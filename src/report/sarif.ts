/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, one rule descriptor per
 * rule that fired, one result per finding.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../lint/finding.js';
import { isRemote, relativeSegments } from './paths.js';
import { ruleDocsUrls } from './rule-docs.js';
import type { FormatOptions, LintFormatter, LintReport, RuleMeta } from './types.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Versioned so a later change to the hashed fields can use a new key instead of moving alerts. */
const FINGERPRINT_KEY = 'apigovFindingHash/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  error: 'error',
  warn: 'warning',
  info: 'note',
  hint: 'note',
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export const formatSarif: LintFormatter = (report, options) => {
  const rules = ruleDescriptors(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apigov',
            version: report.toolVersion,
            rules,
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { uri: directoryUri(options.cwd) },
        },
        // Finding columns count UTF-16 code units (JavaScript string offsets)
        columnKind: 'utf16CodeUnits',
        results: withFingerprints(report.findings, options).map(({ finding, artifact, fingerprint }) =>
          result(finding, ruleIndex.get(finding.ruleId)!, artifact, fingerprint),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** Rule metadata in report order, plus a bare descriptor for any rule that fired without one. */
function ruleDescriptors(report: LintReport) {
  const metaById = new Map<string, RuleMeta>();
  for (const rule of report.rules) if (!metaById.has(rule.id)) metaById.set(rule.id, rule);
  const firstSeverity = new Map<string, Severity>();
  for (const finding of report.findings) if (!firstSeverity.has(finding.ruleId)) firstSeverity.set(finding.ruleId, finding.severity);
  const ids = [...new Set([...metaById.keys(), ...firstSeverity.keys()])];
  const docs = ruleDocsUrls(report);
  return ids.map((id) => {
    const meta = metaById.get(id);
    const description = meta?.description || id;
    const helpUri = docs.get(id) ?? meta?.docsUrl;
    return {
      id,
      name: id,
      shortDescription: { text: description },
      fullDescription: { text: description },
      // the schema requires an absolute URI here; a relative or malformed link is left out
      ...(helpUri !== undefined && URL.canParse(helpUri) ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[meta?.severity ?? firstSeverity.get(id) ?? 'error'] },
    };
  });
}

function result(f: Finding, ruleIndex: number, artifactLocation: ArtifactLocation, fingerprint: string) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
        },
        logicalLocations: [{ fullyQualifiedName: f.pointer }],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    // a waived finding stays in the log, suppressed, with the approved reason (GitHub shows it as dismissed)
    ...(f.waived !== undefined
      ? { suppressions: [{ kind: f.waived.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: waiverText(f.waived) }] }
      : {}),
  };
}

function waiverText(waived: NonNullable<Finding['waived']>): string {
  const by = waived.approvedBy !== undefined ? `; approved by ${waived.approvedBy}` : '';
  const until = waived.expires !== undefined ? ` until ${waived.expires}` : '';
  return `${waived.reason}${by}${until}`;
}

/** Relative to %SRCROOT% inside the working directory; absolute `file:` or remote URL otherwise. */
export function artifactFor(file: string, cwd: string): ArtifactLocation {
  if (isRemote(file)) return { uri: file };
  const segments = relativeSegments(file, cwd);
  if (segments === undefined) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A SARIF base URI must end with a slash, or the last segment would be replaced on resolution. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Rule, file and pointer, but not the line, so an alert keeps its identity when lines move. A rule
 * can report several messages at one node: those get `:2`, `:3`… in report order (which is sorted
 * by message), so no two results of a run share a fingerprint.
 */
function withFingerprints(findings: readonly Finding[], options: FormatOptions) {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const artifact = artifactFor(finding.file, options.cwd);
    const hash = createHash('sha256').update([finding.ruleId, artifact.uri, finding.pointer].join('\u0000')).digest('hex');
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    return { finding, artifact, fingerprint: `${hash}:${occurrence}` };
  });
}
