/**
 * version-major-in-url: each served operation's URL (server URL + path) carries the major version
 * exactly once, as `/v{N}`: in the server URL (Swagger 2.0: `basePath`) or as the first path segment.
 * `N` is the MAJOR of `info.version`; a 0.x API may use `/v0` or `/v1`. Unknown majors (date
 * versions) skip the comparison; version-semver reports those.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { getChild } from '../document/pointer.js';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { versionSitesOf } from './lib/version-sites.js';
import { majorOf, type VersionSegment } from './lib/versions.js';
import { quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';
import type { NodeLocation } from '../document/source.js';

export function checkMajorVersionInUrl(contract: Contract, model: OpenApiModel): Violation[] {
  const list = new ViolationList();
  const version = getChild(model.info?.value, 'version');
  const expected = majorOf(version);
  const allowed = expected === undefined ? undefined : expected === 0 ? [0, 1] : [expected];
  const judgeSegments = (at: NodeLocation, segments: VersionSegment[], where: string) => {
    if (segments.length > 1) list.add(at, `${where} carries the version ${segments.length} times (${segments.map((s) => `/${s.text}`).join(', ')}); use one /v{N}`);
    for (const segment of segments) {
      if (segment.hasMinor) list.add(at, `/${segment.text}: the URL carries the major version only (/v${segment.major})`);
      if (allowed !== undefined && !allowed.includes(segment.major)) {
        list.add(at, `/v${segment.major} does not match info.version ${quote(version)} (MAJOR ${expected}); use /v${expected === 0 ? '1 (or /v0)' : expected}`);
      }
    }
  };
  const sites = versionSitesOf(contract, model);
  if (sites.operations.length === 0) return [];
  for (const server of sites.servers) judgeSegments(server.at, server.segments, contract.formatId === 'oas2' ? 'basePath' : 'the server URL');
  for (const path of sites.paths) {
    judgeSegments(path.at, path.segments, 'the path');
    if (path.segments.length > 0 && path.segments[0]!.position !== 0) list.add(path.at, `/${path.segments[0]!.text} must be the first path segment`);
  }
  const pathsCarryVersion = sites.paths.some((p) => p.segments.length > 0);
  for (const { servers, path } of sites.operations) {
    for (const server of servers) {
      if (server.segments.length > 0 && path.segments.length > 0) {
        list.add(path.at, 'the major version appears twice: in the server URL and in the path');
      } else if (server.segments.length === 0 && path.segments.length === 0) {
        if (pathsCarryVersion) list.add(path.at, 'path does not start with the /v{N} segment that other paths carry');
        else if (server.implicit) list.add(server.at, contract.formatId === 'oas2' ? 'no basePath and no path carries the major version as /v{N}' : 'no servers and no path carries the major version as /v{N}');
        else list.add(server.at, `${contract.formatId === 'oas2' ? 'basePath' : 'server URL'} ${quote(server.url)} has no /v{N} segment and the paths carry none`);
      }
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function majorVersionInUrl(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  return model === undefined ? [] : reportViolations(fnContext, checkMajorVersionInUrl(contract, model));
});
