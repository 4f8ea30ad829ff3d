/**
 * `$ref`s that could not be followed while the contract was loaded: missing files or pointers,
 * circular chains, files outside the project root, remote documents not fetched. Each is reported
 * where the `$ref` is written, in whichever file that is.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { lintContextOf, Reporter } from '../lint/context.js';
import type { RefProblemKind } from '../document/resolve.js';

export interface RefProblemsOptions {
  kind: RefProblemKind;
}

export default createRulesetFunction<unknown, RefProblemsOptions>(
  {
    input: null,
    options: {
      type: 'object',
      properties: { kind: { enum: ['unresolvable', 'outside-root', 'remote-disabled'] } },
      required: ['kind'],
      additionalProperties: false,
    },
  },
  function refProblems(_input, options, fnContext) {
    const { contract } = lintContextOf(fnContext);
    const reporter = new Reporter(fnContext);
    for (const problem of contract.refs.problems) {
      if (problem.kind === options.kind) reporter.at({ source: problem.source, path: [...problem.path, '$ref'] }, problem.message);
    }
    return reporter.results;
  },
);
