/** Which specification and version a parsed document claims to be. */
import { InputError } from './errors.js';
import { isObject } from './pointer.js';

export type ContractFormat = 'openapi' | 'asyncapi';
/** The spec families the rules and the diff engine distinguish. */
export type FormatId = 'oas2' | 'oas3.0' | 'oas3.1' | 'oas3.2' | 'asyncapi2' | 'asyncapi3';

export interface Detected {
  format: ContractFormat;
  formatId: FormatId;
  /** the version string as written, e.g. `3.1.0` or `2.6.0` */
  specVersion: string;
}

const SUPPORTED_VERSIONS =
  'Swagger 2.0, OpenAPI 3.0.x, 3.1.x, 3.2.x, AsyncAPI 2.0.0 to 2.6.0, 3.0.0, 3.1.0';

/** The root key that marks a document as a contract, if any. */
function contractRootKey(data: unknown): 'openapi' | 'swagger' | 'asyncapi' | undefined {
  if (!isObject(data)) return undefined;
  for (const key of ['openapi', 'swagger', 'asyncapi'] as const) {
    if (Object.prototype.hasOwnProperty.call(data, key)) return key;
  }
  return undefined;
}

/**
 * Returns undefined for documents without a contract root key; throws an InputError for a contract
 * in a version apigov cannot check (guessing would produce misleading findings).
 */
export function detect(data: unknown, file: string): Detected | undefined {
  const key = contractRootKey(data);
  if (key === undefined) return undefined;
  const raw = (data as Record<string, unknown>)[key];
  // YAML turns an unquoted `swagger: 2.0` into a number; accept it, the schema rule flags the type.
  const version = typeof raw === 'number' ? (Number.isInteger(raw) ? `${raw}.0` : String(raw)) : raw;
  if (typeof version !== 'string') {
    throw new InputError('unsupported-version', `"${key}" must be a version string (supported: ${SUPPORTED_VERSIONS})`, file);
  }
  const unsupported = () =>
    new InputError('unsupported-version', `unsupported version ${key}: ${JSON.stringify(version)} (supported: ${SUPPORTED_VERSIONS})`, file);
  if (key === 'swagger') {
    if (version !== '2.0') throw unsupported();
    return { format: 'openapi', formatId: 'oas2', specVersion: version };
  }
  if (key === 'openapi') {
    const m = /^3\.([0-2])\.\d+(-.+)?$/.exec(version);
    if (m === null) throw unsupported();
    const formatId = (['oas3.0', 'oas3.1', 'oas3.2'] as const)[Number(m[1])]!;
    return { format: 'openapi', formatId, specVersion: version };
  }
  const m = /^(2)\.([0-6])\.0(-.+)?$|^(3)\.([01])\.0(-.+)?$/.exec(version);
  if (m === null) throw unsupported();
  return { format: 'asyncapi', formatId: m[1] === '2' ? 'asyncapi2' : 'asyncapi3', specVersion: version };
}
