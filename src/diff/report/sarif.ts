/**
 * SARIF 2.1.0 for code scanning: one rule per check that fired, one result per change located in
 * the revision (or, for removals, in the base), with the other document as a related location and
 * the change fingerprint as a partial fingerprint.
 */
import { artifactFor, directoryUri, SARIF_SCHEMA, SRCROOT } from '../../report/sarif.js';
import { checkRegistry } from '../registry.js';
import type { Change, ChangeLocation, Level } from '../types.js';
import { withoutRef } from './github.js';
import { shown, type DiffFormatter } from './types.js';

const LEVEL: Readonly<Record<Level, 'error' | 'warning' | 'note'>> = { breaking: 'error', warning: 'warning', info: 'note' };

export const formatSarif: DiffFormatter = (report, options) => {
  const changes = report.contracts.flatMap((c) => shown(report, c.changes).map((change) => ({ change, file: c.status === 'removed' ? c.baseFile : c.revisionFile })));
  const registry = checkRegistry();
  const ids = [...new Set(changes.map(({ change }) => change.checkId))];
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const definition = registry.get(id);
    const description = definition?.description ?? id;
    return { id, name: id, shortDescription: { text: description }, fullDescription: { text: description }, defaultConfiguration: { level: LEVEL[definition?.level ?? 'warning'] }, properties: { family: definition?.family ?? 'unknown' } };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'apigov', version: report.toolVersion, informationUri: 'https://github.com/apigov/apigov', rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: changes.map(({ change, file }) => result(change, index.get(change.checkId)!, file, options.cwd)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(change: Change, ruleIndex: number, file: string, cwd: string) {
  const primary = change.revision ?? change.base;
  const other = change.revision !== undefined ? change.base : undefined;
  return {
    ruleId: change.checkId,
    ruleIndex,
    level: LEVEL[change.level],
    message: { text: change.message },
    locations: [location(primary, file, cwd)],
    ...(other !== undefined ? { relatedLocations: [{ id: 1, message: { text: 'in the base document' }, ...location(other, file, cwd) }] } : {}),
    partialFingerprints: { 'apigovChange/v1': change.fingerprint },
    properties: { ...(change.operation !== undefined ? { operation: change.operation } : {}), family: change.family },
  };
}

function location(at: ChangeLocation | undefined, fallback: string, cwd: string) {
  const file = withoutRef(at?.file ?? fallback);
  return {
    physicalLocation: {
      artifactLocation: artifactFor(file, cwd),
      ...(at !== undefined ? { region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) } } : {}),
    },
    ...(at !== undefined ? { logicalLocations: [{ fullyQualifiedName: at.pointer || '/' }] } : {}),
  };
}

