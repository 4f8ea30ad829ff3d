/** owner-system: `info.x-system` names the system or application the API belongs to (Backstage spec.system). */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { ResolvedNode } from '../document/source.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { infoString } from './lib/info.js';
import { reportViolations, type Violation } from './lib/violations.js';

export function checkOwnerSystem(info: ResolvedNode | undefined): Violation[] {
  if (info === undefined) return [];
  const system = infoString(info, 'x-system', 'the system or application the API belongs to');
  return system.ok ? [] : [system.violation];
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerSystem(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerSystem(modelOf(lintContextOf(fnContext).contract).info));
});
