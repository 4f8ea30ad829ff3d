/**
 * Structural validity: each contract against its specification's JSON Schema. Compiling a schema costs
 * 100-400 ms, so the build writes every validator as standalone code (dist/validators/, see
 * precompile.ts) and a run only loads the one it needs; without them (tests from source) validators are
 * compiled once per process. Validating a 13 MB contract takes ~140 ms.
 *
 * OpenAPI: the OpenAPI Initiative schemas in the error-friendly form shipped by
 * @stoplight/spectral-rulesets (if/then instead of oneOf for "Reference or X").
 * AsyncAPI: the official schemas from @asyncapi/specs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, _, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ajvErrorsModule from 'ajv-errors';
import type { Detected } from '../../document/detect.js';
import { PACKAGE_ROOT } from '../../paths.js';

const require = createRequire(import.meta.url);
// CommonJS plugins: under NodeNext their default import is the module object
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;
const ajvErrors = ((ajvErrorsModule as unknown as { default?: unknown }).default ?? ajvErrorsModule) as unknown as (ajv: Ajv) => void;

type SchemaKey = 'oas2' | 'oas3.0' | 'oas3.1' | 'oas3.2' | `asyncapi-${string}`;

/** Every schema a contract can need, for the build's precompile step. */
export function allSchemaKeys(): SchemaKey[] {
  const specs = require('@asyncapi/specs') as { schemasWithoutId: Record<string, object> };
  const asyncapi = Object.keys(specs.schemasWithoutId).filter((v) => /^[23]\.\d+\.\d+$/.test(v)).map((v) => `asyncapi-${v}` as SchemaKey);
  return ['oas2', 'oas3.0', 'oas3.1', 'oas3.2', ...asyncapi];
}

export const PRECOMPILED_DIR = path.join(PACKAGE_ROOT, 'dist', 'validators');

const cache = new Map<SchemaKey, ValidateFunction>();

function schemaKey(detected: Pick<Detected, 'formatId' | 'specVersion'>): SchemaKey {
  if (detected.formatId === 'asyncapi2' || detected.formatId === 'asyncapi3') {
    return `asyncapi-${detected.specVersion.replace(/-.*$/, '')}`;
  }
  return detected.formatId;
}

const OAS_SCHEMAS = '@stoplight/spectral-rulesets/dist/oas/schemas';
const OAS_SCHEMA_FILES: Record<string, string> = {
  oas2: `${OAS_SCHEMAS}/oas/v2.0.json`,
  'oas3.0': `${OAS_SCHEMAS}/oas/v3.0.json`,
  'oas3.1': `${OAS_SCHEMAS}/oas/v3.1/index.json`,
  'oas3.2': `${OAS_SCHEMAS}/oas/v3.2/index.json`,
};

/** An ajv instance with the schema compiled; `standalone` also keeps the source for precompile.ts. */
export function compileSchema(key: SchemaKey, standalone = false): { ajv: Ajv; validate: ValidateFunction } {
  const options = {
    allErrors: true,
    strict: false,
    validateFormats: true,
    logger: false,
    ...(standalone ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  } as const;
  const ajv: Ajv = key.startsWith('oas') ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  ajvErrors(ajv);
  if (key.startsWith('oas')) {
    // the Swagger 2.0 schema borrows definitions from the draft-04 meta-schema
    if (key === 'oas2') ajv.addSchema(require(`${OAS_SCHEMAS}/json-schema/draft-04.json`) as object);
    // 3.1 and 3.2 point Schema Objects at their JSON Schema dialect
    if (key === 'oas3.1' || key === 'oas3.2') {
      const dir = key === 'oas3.1' ? 'v3.1' : 'v3.2';
      for (const file of ['json-schema/draft-2020-12/index.json', 'json-schema/draft-2020-12/validation.json', `oas/${dir}/meta.schema.json`, `oas/${dir}/dialect.schema.json`]) {
        ajv.addSchema(require(`${OAS_SCHEMAS}/${file}`) as object);
      }
    }
    return { ajv, validate: ajv.compile(require(OAS_SCHEMA_FILES[key]!) as object) };
  }
  const version = key.slice('asyncapi-'.length);
  const specs = require('@asyncapi/specs') as { schemasWithoutId: Record<string, object> };
  const schema = specs.schemasWithoutId[version];
  if (schema === undefined) throw new Error(`no AsyncAPI schema for ${version}`);
  return { ajv, validate: ajv.compile(schema) };
}

function load(key: SchemaKey): ValidateFunction {
  const file = path.join(PRECOMPILED_DIR, `${key}.cjs`);
  if (fs.existsSync(file)) return (require(file) as { default: ValidateFunction }).default;
  return compileSchema(key).validate;
}

export function validatorFor(detected: Pick<Detected, 'formatId' | 'specVersion'>): ValidateFunction {
  const key = schemaKey(detected);
  let validate = cache.get(key);
  if (validate === undefined) {
    validate = load(key);
    cache.set(key, validate);
  }
  return validate;
}

export function validateStructure(data: unknown, detected: Pick<Detected, 'formatId' | 'specVersion'>): ErrorObject[] {
  const validate = validatorFor(detected);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
