/** catalog.json: the catalog as it is (schemas/catalog.schema.json), two-space indented, one trailing newline. */
import type { Catalog } from '../types.js';

export function renderJson(catalog: Catalog): string {
  return JSON.stringify(catalog, null, 2) + '\n';
}
