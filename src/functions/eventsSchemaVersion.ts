/**
 * events-schema-version: a message declares its schema version (`x-schema-version` SemVer, a
 * CloudEvents `dataschema` with a version, or a `.v{N}` type suffix, consistent with each other)
 * and has a non-empty payload.
 */
import semver from 'semver';
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { AsyncApiModel } from '../model/index.js';
import { declaredStrings, envelopeOf, isCloudEvent } from './lib/cloudevents.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { isEmptySchema, memberNodeOf, memberOf, messageLabel } from './lib/messages.js';
import { asyncApiCheck, type Problem } from './lib/problems.js';

const TYPE_VERSION = /\.v(\d+)$/;
const URI_VERSION = /(\/v\d+(\.\d+)*(\/|$|[#?.])|\d+\.\d+\.\d+|[?&;]version=)/i;

export function checkSchemaVersion(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const message of model.messages) {
    const label = messageLabel(message);
    const payload = memberNodeOf(model.contract, message, 'payload');
    if (payload === undefined || isEmptySchema(payload.value)) {
      problems.push({ at: payload ?? message.node, message: `message ${label} has no payload schema` });
    }
    const envelope = envelopeOf(model.contract, message, ['type', 'dataschema'], h.headerPrefixes);
    const typeMajors = new Set<number>();
    const cloudEvent = isCloudEvent(model.contract, message, h.headerPrefixes);
    const type = cloudEvent ? envelope.sites.get('type') : undefined;
    if (type !== undefined) {
      for (const value of declaredStrings(model.contract, type.schema)) {
        const m = TYPE_VERSION.exec(value);
        if (m !== null) typeMajors.add(Number(m[1]));
      }
    }
    const dataschema = cloudEvent ? envelope.sites.get('dataschema') : undefined;
    const dataschemaVersioned = dataschema !== undefined && declaredStrings(model.contract, dataschema.schema).some((v) => URI_VERSION.test(v));
    const declared = memberOf(message, 'x-schema-version');
    if (declared !== undefined) {
      const version = typeof declared === 'string' ? semver.valid(declared) : null;
      if (version === null) {
        problems.push({ at: message.node, message: `message ${label} x-schema-version ${JSON.stringify(declared)} is not a semantic version (MAJOR.MINOR.PATCH)` });
      } else if (typeMajors.size > 0 && !typeMajors.has(semver.major(version))) {
        problems.push({ at: message.node, message: `message ${label} x-schema-version ${version} does not match the .v${[...typeMajors][0]} suffix of its type` });
      }
      continue;
    }
    if (typeMajors.size === 0 && !dataschemaVersioned) {
      problems.push({ at: message.node, message: `message ${label} declares no schema version (x-schema-version, a versioned dataschema, or a .v{N} type suffix)` });
    }
  }
  return problems;
}

export default asyncApiCheck(checkSchemaVersion);
