/**
 * naming-path-segments: static path segments are lower kebab-case, carry no verb (/getPriceList) and
 * no file extension (.json); a segment that is followed by an id parameter names a collection and is
 * plural (/orders/{orderId}); paths have no trailing slash. Version segments (v1) and /.well-known
 * are standard and left alone. Reported at the path, once per problem.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf, Reporter } from '../lint/context.js';
import { openApiModelOf } from '../model/index.js';
import { isPluralWord } from './lib/plural.js';
import { hasCase, splitWords, toCase } from './lib/words.js';

const VERSION = /^v\d+(?:[._-]?[a-z0-9]+)*$/i;
const PARAMETER = /\{[^{}]*\}/g;

/** Problems of one path template, as messages. */
export function pathSegmentProblems(path: string, dict: CanonicalDictionary): string[] {
  const naming = dict.naming;
  const verbs = new Set((naming?.pathVerbs ?? []).map((v) => v.toLowerCase()));
  const extensions = new Set((naming?.fileExtensions ?? []).map((e) => e.toLowerCase()));
  const uncountable = naming?.uncountableSegments ?? [];
  const problems: string[] = [];
  if (path.length > 1 && path.endsWith('/')) problems.push(`path ${path} ends in a slash: drop the trailing /`);
  const segments = path.split('/');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === '' || VERSION.test(segment) || segment.startsWith('.')) continue;
    // the static text of a segment: parameters removed ({name}.json keeps ".json")
    const text = segment.replace(PARAMETER, '');
    if (text === '') continue;
    const extension = /\.([A-Za-z0-9]+)$/.exec(text);
    if (extension !== null && extensions.has(extension[1]!.toLowerCase())) {
      problems.push(`segment ${segment} has a file extension (.${extension[1]}): use content negotiation (Accept) instead`);
      continue;
    }
    if (text !== segment) continue; // a parameter with a static prefix or suffix (v{major}, {id}:cancel)
    if (!hasCase(segment, 'kebab-case')) problems.push(`segment ${segment} is not lower kebab-case: use ${toCase(segment, 'kebab-case')}`);
    const words = splitWords(segment);
    if (words.length > 0 && verbs.has(words[0]!)) problems.push(`segment ${segment} starts with the verb "${words[0]}": name the resource, and let the HTTP method be the verb`);
    const next = segments[i + 1];
    // the noun is the last word that is not a version or a number (projectsV2 → projects)
    const noun = [...words].reverse().find((w) => !/^(v?\d+)$/.test(w));
    if (next !== undefined && /^\{[^{}]+\}$/.test(next) && noun !== undefined && !isPluralWord(noun, uncountable)) {
      problems.push(`segment ${segment} names a collection (followed by ${next}) but is singular: use the plural`);
    }
  }
  return problems;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function namingPathSegments(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  if (model === undefined) return [];
  const dict = canonicalOf(fnContext);
  const reporter = new Reporter(fnContext);
  const seen = new Set<string>();
  for (const operation of model.operations) {
    if (operation.kind !== 'path' || seen.has(operation.path)) continue;
    seen.add(operation.path);
    for (const message of pathSegmentProblems(operation.path, dict)) reporter.at({ source: contract, path: ['paths', operation.path] }, message);
  }
  return reporter.results;
});
