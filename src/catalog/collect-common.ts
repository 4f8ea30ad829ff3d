/** Pieces of collection shared by OpenAPI and AsyncAPI: metadata, canonical schemas, ids, deprecations, inline ignores. */
import path from 'node:path';
import type { Contract } from '../document/contract.js';
import { getChild, isObject, toPointer } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, schemaInventoryOf, type ContractModel } from '../model/index.js';
import { locationKey } from '../model/located.js';
import type { EntityResolver } from './entities.js';
import type { CanonicalSchemaFact, EntityUse, IdFact, IdKind, Location } from './facts.js';
import { shapeOf } from './shape.js';
import type { DeprecationEntry } from './types.js';

export function locationOf(node: { source: { file: string }; path: readonly string[] }): Location {
  return { file: node.source.file, pointer: toPointer(node.path) };
}

export function stringAt(value: unknown, key: string): string | null {
  const v = getChild(value, key);
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** `info.version` major: `2.3.0` → 2, `v1` → 1; null when it is not a version. */
export function majorOf(version: string): number | null {
  const m = /^v?(\d+)(?:[.\-+]|$)/i.exec(version.trim());
  return m === null ? null : Number(m[1]);
}

/** File names that say nothing about the API: the folder names it instead (`comments-service/asyncapi.yaml`). */
const GENERIC_NAMES = new Set(['openapi', 'asyncapi', 'swagger', 'api', 'spec', 'index', 'main', 'schema', 'contract', 'definition']);

/** An apiId for a contract without `x-api-id`: its file name (or folder, for a generic file name), without extensions, as a slug. */
export function apiIdFromFile(file: string): string {
  let base = path.basename(file).replace(/\.(ya?ml|json)$/i, '');
  base = base.replace(/\.(openapi|asyncapi|swagger|oas3?|spec|api)$/i, '');
  if (GENERIC_NAMES.has(base.toLowerCase())) {
    const folder = path.basename(path.dirname(file));
    if (folder !== '' && folder !== '.' && folder !== '..') base = folder;
  }
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'api' : slug;
}

/** `openapi-3.1`, `openapi-2.0`, `asyncapi-2.6`. */
export function formatLabel(contract: Contract): string {
  if (contract.formatId === 'oas2') return 'openapi-2.0';
  const m = /^(\d+)\.(\d+)/.exec(contract.specVersion);
  const version = m === null ? contract.specVersion : `${m[1]}.${m[2]}`;
  return `${contract.format}-${version}`;
}

export function isDeprecatedNode(value: unknown): boolean {
  return getChild(value, 'deprecated') === true || getChild(value, 'x-deprecated') === true;
}

export function deprecationOf(contract: Contract, node: ResolvedNode, subject: string): DeprecationEntry {
  const entry: DeprecationEntry = {
    pointer: toPointer(node.path),
    subject,
    sunset: dateText(getChild(node.value, 'x-sunset')),
    replacedBy: stringAt(node.value, 'x-replaced-by'),
  };
  if (node.source.uri !== contract.uri) entry.file = node.source.file;
  return entry;
}

/** `x-sunset` as written (YAML keeps dates as strings with apigov's parser; numbers are not dates). */
export function dateText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** `x-consumes: [{api, major}]`, `[api]` or `[api@2]`; on info or at the root. */
export function consumesOf(contract: Contract, info: ResolvedNode | undefined): Array<{ api: string; major: number | null } & Location> {
  const out: Array<{ api: string; major: number | null } & Location> = [];
  const holders: ResolvedNode[] = [];
  if (info !== undefined) holders.push(info);
  holders.push({ source: contract, path: [], value: contract.data });
  for (const holder of holders) {
    const list = getChild(holder.value, 'x-consumes');
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const at = { file: holder.source.file, pointer: toPointer([...holder.path, 'x-consumes', String(i)]) };
      if (typeof item === 'string' && item.trim() !== '') {
        const m = /^(.+?)(?:@v?(\d+))?$/.exec(item.trim())!;
        out.push({ api: m[1]!, major: m[2] === undefined ? null : Number(m[2]), ...at });
      } else if (isObject(item) && typeof item.api === 'string' && item.api.trim() !== '') {
        const major = typeof item.major === 'number' ? item.major : typeof item.major === 'string' ? majorOf(item.major) : null;
        out.push({ api: item.api.trim(), major: major !== null && Number.isInteger(major) ? major : null, ...at });
      }
    });
    if (out.length > 0) break;
  }
  return out;
}

export interface SchemaCollection {
  schemas: CanonicalSchemaFact[];
  ids: IdFact[];
  uses: EntityUse[];
  deprecations: DeprecationEntry[];
  propertyCount: number;
}

/** Canonical-named schemas (component key or `x-canonical`), canonical id properties, deprecated schemas. */
export function collectSchemas(contract: Contract, model: ContractModel, dictionary: CanonicalDictionary, resolver: EntityResolver): SchemaCollection {
  const inventory = schemaInventoryOf(contract);
  const schemas: CanonicalSchemaFact[] = [];
  const uses: EntityUse[] = [];
  const seen = new Set<string>();
  const addSchema = (key: string, node: ResolvedNode) => {
    if (!isObject(node.value)) return;
    const tag = getChild(node.value, 'x-canonical');
    const entity = typeof tag === 'string' && tag.trim() !== '' ? (resolver.entity(tag.trim()) ?? tag.trim()) : resolver.entity(key);
    const k = locationKey(node);
    if (entity === undefined || seen.has(k)) return;
    seen.add(k);
    const at = locationOf(node);
    schemas.push({ entity, key, tagged: typeof tag === 'string', shape: shapeOf(contract, node), ...at });
    uses.push({ entity, how: 'schema', write: false, ...at });
  };
  for (const [key, node] of model.schemas) addSchema(key, node);
  for (const schema of inventory.schemas) {
    if (typeof getChild(schema.node.value, 'x-canonical') === 'string') addSchema(schema.node.path[schema.node.path.length - 1] ?? '', schema.node);
  }

  const ids: IdFact[] = [];
  for (const property of inventory.properties) {
    if (!Object.prototype.hasOwnProperty.call(dictionary.ids, property.name)) continue;
    ids.push(idFact(contract, property.name, 'property', property.at, property.schema));
  }

  const deprecations: DeprecationEntry[] = [];
  for (const schema of inventory.schemas) {
    if (isDeprecatedNode(schema.node.value)) deprecations.push(deprecationOf(contract, schema.node, schemaSubject(schema.node.path)));
  }
  return { schemas, ids, uses, deprecations, propertyCount: inventory.properties.length };
}

export function idFact(contract: Contract, name: string, kind: IdKind, at: ResolvedNode, schema: ResolvedNode | undefined): IdFact {
  const base = { name, kind, ...locationOf(at) };
  if (schema === undefined || !isObject(schema.value)) return { ...base, type: null, format: null, pattern: null, maxLength: null };
  const effective = effectiveSchema(contract, schema);
  const types = [...effective.types].filter((t) => t !== 'null').sort();
  const maxLength = effective.keyword('maxLength');
  return {
    ...base,
    type: types.length === 0 ? null : types.join('|'),
    format: effective.format ?? null,
    pattern: effective.pattern ?? null,
    maxLength: typeof maxLength === 'number' ? maxLength : null,
  };
}

/** `schema Order`, `property Order.status`, else the pointer. */
function schemaSubject(nodePath: readonly string[]): string {
  const i = nodePath.findIndex((s, index) => (s === 'schemas' && nodePath[index - 1] === 'components') || (s === 'definitions' && index === 0));
  if (i === -1 || nodePath[i + 1] === undefined) return `schema ${toPointer(nodePath)}`;
  const name = nodePath[i + 1]!;
  const rest = nodePath.slice(i + 2);
  const props: string[] = [];
  for (let j = 0; j < rest.length; j++) if (rest[j] === 'properties' && rest[j + 1] !== undefined) props.push(rest[++j]!);
  return props.length === 0 ? `schema ${name}` : `property ${[name, ...props].join('.')}`;
}
