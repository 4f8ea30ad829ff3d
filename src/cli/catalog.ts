/** `apigov catalog`: command definition; the work is loaded on use (run-catalog.ts), so --help stays instant. */
import type { Command } from 'commander';
import { SEVERITIES } from '../lint/finding.js';
import { withLoadingOptions, withWaiverOptions } from './lint-flags.js';
import { Option } from 'commander';
import { CATALOG_FORMATS } from '../catalog/formats.js';

export interface CatalogCommandOptions {
  out?: string;
  format?: string;
  previous?: string;
  estateConfig?: string;
  jobs?: string;
  failSeverity?: string;
  config?: string;
  ruleset?: string;
  maxFileSize?: string;
  allowRemoteRefs?: boolean;
  root?: string;
  waivers?: string | false;
}

export function registerCatalog(program: Command): void {
  const command = program
    .command('catalog')
    .description('build the service catalog of an estate: lint every contract, run the estate checks, score, write catalog files')
    .argument('[paths...]', 'contract files, directories or globs', ['.'])
    .option('-o, --out <dir>', 'folder to write the catalog files to (created when its parent exists)')
    .option('-f, --format <list>', `comma-separated formats: ${CATALOG_FORMATS.join(', ')} (default: all)`)
    .option('--previous <file>', 'catalog.json of an earlier run: score deltas, new and fixed findings, breaking changes since its git commit, trend')
    .option('--estate-config <file>', 'estate.yaml with teams, domains and systems (default: found in or beside the scanned folder, or beside apigov.yaml)')
    .option('-j, --jobs <n>', 'threads for parsing and linting (default: one per core but one)')
    .addOption(new Option('--fail-severity <severity>', 'lowest severity of a lint or estate finding that fails the run (exit 1)').choices(SEVERITIES as unknown as string[]))
    .option('-r, --ruleset <name|file>', 'ruleset to use instead of the configured one')
    .action(async (paths: string[], options: CatalogCommandOptions) => {
      const { runCatalog } = await import('./run-catalog.js');
      process.exitCode = await runCatalog(paths, options);
    });
  withLoadingOptions(command);
  withWaiverOptions(command);
}

