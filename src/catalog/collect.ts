/**
 * From a loaded contract to its catalog entry and estate facts (see facts.ts). Reads the shared
 * contract model only; runs where the contract was parsed, and returns plain data.
 */
import type { Contract } from '../document/contract.js';
import { getChild, isObject, toPointer } from '../document/pointer.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { modelOf } from '../model/index.js';
import { child, member, rootNode } from '../model/located.js';
import { collectAsyncApi } from './collect-asyncapi.js';
import {
  apiIdFromFile,
  collectSchemas,
  consumesOf,
  dateText,
  deprecationOf,
  formatLabel,
  isDeprecatedNode,
  locationOf,
  majorOf,
  stringAt,
} from './collect-common.js';
import { collectOpenApi } from './collect-openapi.js';
import { EntityResolver } from './entities.js';
import type { ApiEntryBase, CollectedContract, ContractFacts, Location } from './facts.js';
import type { RuleArea } from './types.js';

export interface CollectOptions {
  canonical: CanonicalDictionary;
  /** areas with at least one enabled rule for this contract's format (from the ruleset) */
  ruledAreas: RuleArea[];
}

/** Owner-area metadata the owner rules examine: x-owner, x-domain, x-system, x-lifecycle, x-system-of-record, x-api-id, contact, description. */
export const OWNER_FIELDS = 8;

export function collectContract(contract: Contract, options: CollectOptions): CollectedContract {
  const model = modelOf(contract);
  const resolver = new EntityResolver(options.canonical);
  const root = rootNode(contract);
  const info = model.info;
  const infoValue = info?.value;
  const infoAt: Location = info !== undefined ? locationOf(info) : { file: contract.file, pointer: '/info' };
  const at = (key: string): Location | null => {
    const node = member(info, key);
    return node === undefined ? null : locationOf(node);
  };

  const declaredApiId = stringAt(infoValue, 'x-api-id')?.trim() ?? null;
  const rawVersion = getChild(infoValue, 'version');
  const version = typeof rawVersion === 'string' ? rawVersion : typeof rawVersion === 'number' ? String(rawVersion) : '';
  const lifecycle = stringAt(infoValue, 'x-lifecycle');
  const sorRaw = getChild(infoValue, 'x-system-of-record');
  const sorList = typeof sorRaw === 'string' ? [sorRaw] : Array.isArray(sorRaw) ? sorRaw : [];
  const systemOfRecord: ContractFacts['systemOfRecord'] = [];
  sorList.forEach((entity, i) => {
    if (typeof entity !== 'string' || entity.trim() === '') return;
    const pointer = Array.isArray(sorRaw) ? toPointer([...(info?.path ?? ['info']), 'x-system-of-record', String(i)]) : toPointer([...(info?.path ?? ['info']), 'x-system-of-record']);
    systemOfRecord.push({ entity: resolver.entity(entity.trim()) ?? entity.trim(), file: infoAt.file, pointer });
  });
  const apiDeprecated = lifecycle === 'deprecated' || isDeprecatedNode(infoValue);

  const schemas = collectSchemas(contract, model, options.canonical, resolver);
  const deprecations = [];
  if (apiDeprecated && info !== undefined) deprecations.push(deprecationOf(contract, info, 'API'));
  const entry: ApiEntryBase = {
    apiId: declaredApiId ?? apiIdFromFile(contract.file),
    title: stringAt(infoValue, 'title') ?? declaredApiId ?? apiIdFromFile(contract.file),
    description: stringAt(infoValue, 'description'),
    file: contract.file,
    format: formatLabel(contract),
    version,
    major: majorOf(version),
    lifecycle,
    owner: stringAt(infoValue, 'x-owner'),
    domain: stringAt(infoValue, 'x-domain'),
    system: stringAt(infoValue, 'x-system'),
    audience: stringAt(infoValue, 'x-audience'),
    contact: contactOf(getChild(infoValue, 'contact')),
    servers: [],
    systemOfRecord: [...new Set(systemOfRecord.map((s) => s.entity))],
    operations: { count: 0, deprecated: 0, list: [] },
    channels: [],
    messages: [],
    produces: [],
    consumes: [],
    consumesApis: [],
    deprecations: [],
    inlineIgnores: [],
  };
  const consumesApis = consumesOf(contract, info);
  entry.consumesApis = consumesApis.map(({ api, major }) => ({ api, major }));

  const facts: ContractFacts = {
    declaredApiId,
    info: infoAt,
    apiIdAt: at('x-api-id') ?? infoAt,
    versionAt: at('version') ?? infoAt,
    ownerAt: at('x-owner'),
    domainAt: at('x-domain'),
    systemAt: at('x-system'),
    systemOfRecord,
    deprecated: apiDeprecated,
    retired: lifecycle === 'retired',
    sunset: dateText(getChild(infoValue, 'x-sunset')),
    consumesApis,
    schemas: schemas.schemas,
    ids: [...schemas.ids],
    routes: [],
    events: [],
    entityUses: [...schemas.uses],
  };
  const applicable: Partial<Record<RuleArea, number>> = {};

  if (model.kind === 'openapi') {
    const api = collectOpenApi(contract, model, options.canonical, resolver);
    entry.servers = [...new Set(model.servers.map((s) => s.url))];
    entry.operations = { count: api.operations.length, deprecated: api.operations.filter((o) => o.deprecated).length, list: api.operations };
    deprecations.push(...api.deprecations);
    facts.routes = api.routes;
    facts.ids.push(...api.ids);
    facts.entityUses.push(...api.uses);
    const c = api.counts;
    const properties = schemas.propertyCount;
    const deprecated = c.deprecated + schemas.deprecations.length;
    Object.assign(applicable, {
      security: c.operations + model.securitySchemes.length + model.servers.length,
      errors: c.operations + c.errorResponses,
      ids: properties + c.parameters,
      data: properties,
      time: properties + c.parameters,
      version: 1 + model.servers.length + c.paths + deprecated,
      owner: OWNER_FIELDS,
      ops: c.operations + c.responses,
      events: 0,
      naming: c.paths + properties + c.operations,
    } satisfies Record<Exclude<RuleArea, 'structure'>, number>);
  } else {
    const api = collectAsyncApi(contract, model, options.canonical, resolver);
    entry.servers = [...new Set(model.servers.map((s) => s.url).filter((u) => u !== ''))];
    entry.channels = api.channels;
    entry.messages = api.messages;
    entry.produces = [...new Set(api.messages.filter((m) => m.action === 'send').map((m) => m.type))].sort();
    entry.consumes = [...new Set(api.messages.filter((m) => m.action === 'receive').map((m) => m.type))].sort();
    deprecations.push(...api.deprecations);
    facts.events = api.events;
    facts.ids.push(...api.ids);
    facts.entityUses.push(...api.uses);
    const c = api.counts;
    const properties = schemas.propertyCount;
    const securitySchemes = Object.keys(asObject(getChild(child(contract, root, 'components')?.value, 'securitySchemes'))).length;
    Object.assign(applicable, {
      security: c.operations + model.servers.length + securitySchemes,
      errors: 0,
      ids: properties + c.channelParameters + c.kafkaKeys,
      data: properties,
      time: properties,
      version: 1 + c.deprecated + schemas.deprecations.length,
      owner: OWNER_FIELDS,
      ops: 0,
      events: c.messages + c.operations,
      naming: properties + c.messages + c.operations,
    } satisfies Record<Exclude<RuleArea, 'structure'>, number>);
  }
  deprecations.push(...schemas.deprecations);
  entry.deprecations = deprecations;
  return { entry, facts, applicable, ruledAreas: options.ruledAreas };
}

function contactOf(value: unknown): ApiEntryBase['contact'] {
  if (!isObject(value)) return null;
  const contact: NonNullable<ApiEntryBase['contact']> = {};
  for (const key of ['name', 'email', 'url'] as const) {
    const v = value[key];
    if (typeof v === 'string' && v.trim() !== '') contact[key] = v;
  }
  return Object.keys(contact).length === 0 ? null : contact;
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}
