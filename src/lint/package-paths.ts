/**
 * Where apigov's own files live. A module of its own so that rule functions (which read the
 * canonical dictionary) do not import the ruleset loader, which imports the function registry.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RULESETS_DIR = path.join(PACKAGE_ROOT, 'rulesets');
