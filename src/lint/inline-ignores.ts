/**
 * Inline ignores: `x-apigov-ignore: [{rule: <id>, reason: <text>}]` on the document, a path item, an
 * operation, a schema or a message suppresses that rule's findings on the node and below it. A reason
 * is required; an entry without one does not apply and is reported itself. Every inline ignore is
 * listed, so the governance board sees them in the catalog.
 */
import type { Contract } from '../document/contract.js';
import { isObject, toPointer } from '../document/pointer.js';
import type { SourceFile } from '../document/source.js';
import type { Finding } from './finding.js';
import { localRuleDocUrl } from '../paths.js';

export const INLINE_IGNORE_KEY = 'x-apigov-ignore';
export const INLINE_IGNORE_INVALID = 'waiver-inline-invalid';

export interface InlineIgnore {
  rule: string;
  reason: string;
  source: SourceFile;
  /** the node that carries the ignore */
  path: string[];
}

interface InvalidIgnore {
  source: SourceFile;
  path: string[];
  message: string;
}

export interface InlineIgnores {
  ignores: InlineIgnore[];
  invalid: InvalidIgnore[];
}

/** All inline ignores of a contract and its `$ref`'d files; a file that never names the key costs a string search. */
export function collectInlineIgnores(contract: Contract): InlineIgnores {
  const result: InlineIgnores = { ignores: [], invalid: [] };
  for (const source of contract.refs.files.values()) {
    if (!source.text.includes(INLINE_IGNORE_KEY)) continue;
    const stack: Array<[unknown, string[]]> = [[source.data, []]];
    while (stack.length > 0) {
      const [node, path] = stack.pop()!;
      if (Array.isArray(node)) {
        node.forEach((item, i) => stack.push([item, [...path, String(i)]]));
        continue;
      }
      if (!isObject(node)) continue;
      for (const key of Object.keys(node)) {
        if (key === INLINE_IGNORE_KEY) readEntries(node[key], source, path, result);
        else if (node[key] !== null && typeof node[key] === 'object') stack.push([node[key], [...path, key]]);
      }
    }
  }
  return result;
}

function readEntries(value: unknown, source: SourceFile, path: string[], out: InlineIgnores): void {
  const at = [...path, INLINE_IGNORE_KEY];
  if (!Array.isArray(value)) {
    out.invalid.push({ source, path: at, message: `${INLINE_IGNORE_KEY} must be a list of {rule, reason}` });
    return;
  }
  value.forEach((entry, i) => {
    const where = [...at, String(i)];
    if (!isObject(entry) || typeof entry.rule !== 'string' || entry.rule.trim() === '') {
      out.invalid.push({ source, path: where, message: `${INLINE_IGNORE_KEY} entry needs a "rule" id` });
    } else if (typeof entry.reason !== 'string' || entry.reason.trim().length < 3) {
      out.invalid.push({ source, path: where, message: `${INLINE_IGNORE_KEY} for ${entry.rule} needs a "reason": say why the rule does not apply here` });
    } else {
      out.ignores.push({ rule: entry.rule, reason: entry.reason.trim(), source, path });
    }
  });
}

/**
 * Mark findings covered by an inline ignore of the same file as waived, and report invalid entries as
 * findings (positions are filled by the caller's locate step through the source's position index).
 */
export function applyInlineIgnores(findings: Finding[], inline: InlineIgnores): Finding[] {
  if (inline.ignores.length === 0 && inline.invalid.length === 0) return findings;
  const byFile = new Map<string, Array<{ rule: string; prefix: string; reason: string }>>();
  for (const ignore of inline.ignores) {
    const list = byFile.get(ignore.source.file) ?? [];
    list.push({ rule: ignore.rule, prefix: toPointer(ignore.path), reason: ignore.reason });
    byFile.set(ignore.source.file, list);
  }
  const out = findings.map((finding) => {
    if (finding.waived !== undefined) return finding;
    const match = byFile.get(finding.file)?.find((i) => i.rule === finding.ruleId && (finding.pointer === i.prefix || finding.pointer.startsWith(i.prefix + '/') || i.prefix === ''));
    return match === undefined ? finding : { ...finding, waived: { kind: 'inline' as const, reason: match.reason } };
  });
  for (const problem of inline.invalid) {
    const [position] = problem.source.positions.locate([problem.path]);
    out.push({
      ruleId: INLINE_IGNORE_INVALID,
      severity: 'error',
      message: problem.message,
      file: problem.source.file,
      pointer: toPointer(problem.path),
      line: position!.line,
      column: position!.column,
      docsUrl: localRuleDocUrl(INLINE_IGNORE_INVALID),
    });
  }
  return out;
}
