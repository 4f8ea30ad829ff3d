/**
 * The catalog's output formats and their file names. A format is offered once its renderer is in
 * src/catalog/render/ and registered in src/cli/run-catalog.ts.
 */
export const CATALOG_FORMATS = ['json', 'md', 'html', 'backstage'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

export const CATALOG_FILES: Record<CatalogFormat, string> = {
  json: 'catalog.json',
  md: 'catalog.md',
  html: 'catalog.html',
  backstage: 'catalog-info.yaml',
};
