/**
 * time-example-offset: examples of `format: date-time` values are valid RFC 3339 date-times with `Z`
 * or an explicit offset. Schema `example`/`examples` (allOf merged to find the format) and parameter
 * or header examples are checked, each at the example itself.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { lintContextOf } from '../lint/context.js';
import { schemaInventoryOf } from '../model/index.js';
import type { ResolvedNode } from '../document/source.js';
import { readDateTime } from './lib/rfc3339.js';
import { FindingSet } from './lib/findings.js';
import { examplesAt, valueViewOf } from './lib/values.js';

/** What is wrong with one example of a date-time, or undefined. */
export function dateTimeExampleProblem(example: unknown): string | undefined {
  if (typeof example !== 'string') return `${JSON.stringify(example)} is not a string: a date-time example is RFC 3339 text`;
  const reading = readDateTime(example);
  if (reading === undefined || !reading.valid) return `"${example}" is not an RFC 3339 date-time (e.g. 2025-03-01T09:30:00Z)`;
  if (!reading.hasOffset) return `"${example}" has no offset: end it in Z or ±hh:mm`;
  return undefined;
}

/** A schema's `example` and `examples` list. */
const schemaExamples = (node: ResolvedNode): ResolvedNode[] => examplesAt(node, false).map((e) => e.at);
/** A media type's or parameter's `example` and the values of its named `examples`. */
const exampleObjects = (node: ResolvedNode): ResolvedNode[] => examplesAt(node, true).map((e) => e.at);

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function timeExampleOffset(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  const check = (examples: ResolvedNode[], name: string) => {
    for (const example of examples) {
      const problem = dateTimeExampleProblem(example.value);
      if (problem !== undefined) findings.add(example, problem, name, () => `date-time example ${problem}`);
    }
  };
  for (const schema of schemaInventoryOf(contract).schemas) {
    const value = schema.node.value as Record<string, unknown>;
    if (!('example' in value) && !('examples' in value)) continue;
    // the format is the schema's own unless allOf brings it in
    const format = Array.isArray(value.allOf) ? view.effective(schema.node).format : value.format;
    if (format !== 'date-time') continue;
    check(schemaExamples(schema.node), '');
  }
  // OpenAPI 3 parameters and headers carry examples beside their schema
  for (const value of view.values) {
    if (value.kind === 'property' || value.schema === undefined || value.schema === value.at) continue;
    const raw = value.schema.value as Record<string, unknown>;
    const format = Array.isArray(raw?.allOf) ? view.effective(value.schema).format : raw?.format;
    if (format !== 'date-time') continue;
    check(exampleObjects(value.at), value.name);
  }
  return findings.results(fnContext);
});
