/**
 * version-single-major: all version segments in a document (servers, basePath, paths) name the same
 * major. The places that differ from the majority (ties go to the MAJOR of info.version, then to the
 * lowest) are reported.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { getChild } from '../document/pointer.js';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { versionSitesOf } from './lib/version-sites.js';
import { majorOf } from './lib/versions.js';
import { reportViolations, ViolationList, type Violation } from './lib/violations.js';

export function checkSingleMajorVersion(contract: Contract, model: OpenApiModel): Violation[] {
  const sites = versionSitesOf(contract, model);
  const places = [...sites.servers, ...sites.paths].map((site) => ({ at: site.at, majors: new Set(site.segments.map((s) => s.major)) }));
  const counts = new Map<number, number>();
  for (const place of places) for (const major of place.majors) counts.set(major, (counts.get(major) ?? 0) + 1);
  if (counts.size <= 1) return [];
  const expected = majorOf(getChild(model.info?.value, 'version'));
  const ranked = [...counts].sort(([a, ca], [b, cb]) => cb - ca || Number(b === expected) - Number(a === expected) || a - b);
  const [dominant, dominantCount] = ranked[0]!;
  const list = new ViolationList();
  for (const place of places) {
    for (const major of place.majors) {
      if (major !== dominant) list.add(place.at, `/v${major} here, while the rest of the document uses /v${dominant} (${dominantCount} ${dominantCount === 1 ? 'place' : 'places'}); one document serves one major version`);
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function singleMajorVersion(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  return model === undefined ? [] : reportViolations(fnContext, checkSingleMajorVersion(contract, model));
});
