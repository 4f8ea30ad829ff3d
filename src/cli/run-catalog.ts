/** `apigov catalog`: set up, process the estate's files on the pool, build, render in memory, write all files at once. */
import fs from 'node:fs';
import path from 'node:path';
import { buildCatalog, rulesetVersionOf } from '../catalog/build.js';
import { findEstateConfig, loadEstateConfig, type EstateConfig } from '../catalog/estate-config.js';
import { ESTATE_CHECKS, type CheckSetting } from '../catalog/estate-checks/index.js';
import { DEFAULT_JOBS, processCandidates, WorkerCrash } from '../catalog/pool.js';
import { loadPreviousCatalog, type PreviousCatalog } from '../catalog/previous.js';
import { catalogGit, previousSource, type PreviousSource } from '../catalog/breaking.js';
import { checkRegistry } from '../diff/registry.js';
import { contextFromSetup, fromPlain } from '../catalog/process.js';
import { settleEstate } from '../catalog/settle.js';
import { CATALOG_FILES, CATALOG_FORMATS, type CatalogFormat } from '../catalog/formats.js';
import { renderBackstage } from '../catalog/render/backstage.js';
import { renderHtml } from '../catalog/render/html.js';
import { renderJson } from '../catalog/render/json.js';
import { renderMarkdown } from '../catalog/render/markdown.js';
import type { ScoredArea } from '../catalog/score.js';
import type { Catalog } from '../catalog/types.js';
import { discover } from '../document/discover.js';
import { InputError, oneLine } from '../document/errors.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { meetsThreshold, type Severity } from '../lint/finding.js';
import { openWaivers } from '../lint/lint-all.js';
import { setupLint, type LintFlags } from '../lint/setup.js';
import { AggregateInputError, Progress, toolVersion, writeFilesAtomic } from './io.js';
import type { CatalogCommandOptions } from './catalog.js';
import { lintFlags } from './lint-flags.js';
import { countsPhrase, plural } from '../report/summary.js';
import { now } from '../lint/clock.js';
import { primaryLocation } from '../catalog/estate.js';

/** How each format is rendered from the catalog (renderers take the catalog and nothing else). */
const RENDERERS: Record<CatalogFormat, (catalog: Catalog, outDir: string) => string> = {
  json: (catalog) => renderJson(catalog),
  md: (catalog) => renderMarkdown(catalog),
  html: (catalog) => renderHtml(catalog),
  // the Backstage entities link to the HTML report written beside them
  backstage: (catalog, outDir) => renderBackstage(catalog, { outDir, reportLink: CATALOG_FILES.html }),
};

export async function runCatalog(paths: string[], options: CatalogCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const jobs = parseJobs(options.jobs);
  const flags: LintFlags = lintFlags(options, cwd);
  const setup = await setupLint(flags);
  const { config, dir: configDir } = setup.loaded;
  const catalogConfig = config.catalog ?? {};
  const formats = parseFormats(options.format ?? catalogConfig.formats?.join(','));
  const outDir = checkOutDir(options.out ?? (catalogConfig.out !== undefined ? path.resolve(configDir, catalogConfig.out) : undefined), cwd);
  const checks = checkSettings(catalogConfig.checks);
  const estateConfig = estateConfigFor(options.estateConfig, catalogConfig.estateConfig, paths, cwd, configDir);
  const waivers = openWaivers(setup.loaded, cwd, options.waivers);
  const previous = options.previous !== undefined ? loadPreviousCatalog(options.previous, cwd) : null;
  const source = previous === null ? undefined : readablePrevious(previous, cwd);
  const candidates = discover(paths, cwd);

  const progress = new Progress('cataloging');
  let outcomes;
  try {
    outcomes = await processCandidates(candidates, {
      jobs,
      flags: { ...flags, config: setup.loaded.file },
      context: contextFromSetup(setup, source),
      previous: source,
      onProgress: (done, total, file) => progress.update(done, total, file),
    });
  } catch (error) {
    if (error instanceof WorkerCrash && process.env.APIGOV_DEBUG && error.workerStack) process.stderr.write(`${error.workerStack}\n`);
    throw error;
  } finally {
    progress.done();
  }
  const inputErrors = outcomes.flatMap((o) => (o.kind === 'input-error' ? [fromPlain(o.error)] : []));
  if (inputErrors.length > 0) throw new AggregateInputError(inputErrors);
  const linted = outcomes.flatMap((o) => (o.kind === 'contract' ? [o] : []));
  if (linted.length === 0) throw new InputError('usage', `no OpenAPI or AsyncAPI contracts found in ${paths.join(', ')}`);
  for (const contract of linted) {
    if (contract.previousProblem !== undefined) process.stderr.write(`apigov: ${oneLine(`${contract.collected.entry.file}: ${contract.previousProblem}`)}; its breaking changes are not listed\n`);
  }
  const settled = settleEstate(linted, setup, { waivers, ...(source !== undefined ? { diffChecks: new Set(checkRegistry().keys()) } : {}) });
  const git = catalogGit(cwd, linted.flatMap((c) => c.files));

  const catalog = buildCatalog(settled.contracts, {
    generatedAt: now().toISOString(),
    toolVersion: toolVersion(),
    rulesetVersion: rulesetVersionOf(setup.rulesetNames, setup.ruleset.files.map((f) => fs.readFileSync(f, 'utf8'))),
    canonical: setup.settings.canonical as CanonicalDictionary,
    estateConfig,
    checks,
    weights: catalogConfig.weights as Partial<Record<ScoredArea, number>> | undefined,
    previous,
    waivers: settled.waivers,
    waiverFindings: settled.waiverFindings,
    ...(git !== undefined ? { git } : {}),
  });

  // everything is rendered before anything is written: a failing renderer leaves the old catalog whole
  const files = formats.map((format) => ({ path: path.join(outDir.path, CATALOG_FILES[format]), content: RENDERERS[format](catalog, outDir.path) }));
  if (!outDir.exists) {
    try {
      fs.mkdirSync(outDir.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new InputError('output', `cannot create the output folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`, outDir.display);
    }
  }
  writeFilesAtomic(files);
  process.stdout.write(summaryText(catalog, files.map((f) => displayPath(f.path, cwd)), setup.failSeverity));
  return exitCode(catalog, setup.failSeverity);
}

/** Where the previous versions of the APIs can be read from; otherwise one line on stderr saying why not. */
function readablePrevious(previous: PreviousCatalog, cwd: string): PreviousSource | undefined {
  const result = previousSource(previous, cwd);
  if ('notice' in result) {
    process.stderr.write(`apigov: ${oneLine(result.notice)}\n`);
    return undefined;
  }
  return result.source;
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return DEFAULT_JOBS;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError('usage', `--jobs must be a whole number of at least 1, got "${value}"`);
  return jobs;
}

function parseFormats(value: string | undefined): CatalogFormat[] {
  if (value === undefined) return [...CATALOG_FORMATS];
  const list = [...new Set(value.split(',').map((f) => f.trim()).filter((f) => f !== ''))];
  if (list.length === 0) throw new InputError('usage', '--format needs at least one format');
  for (const format of list) {
    if (!(CATALOG_FORMATS as readonly string[]).includes(format)) {
      throw new InputError('usage', `--format: unknown or unavailable format "${format}" (available: ${CATALOG_FORMATS.join(', ')})`);
    }
  }
  return list as CatalogFormat[];
}

/** The output folder must exist, or be new with an existing parent (then it is created on write). */
function checkOutDir(out: string | undefined, cwd: string): { path: string; display: string; exists: boolean } {
  if (out === undefined) throw new InputError('usage', 'apigov catalog needs --out <dir> (or catalog.out in apigov.yaml)');
  const absolute = path.resolve(cwd, out);
  const display = path.relative(cwd, absolute) || '.';
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absolute);
  } catch {
    stat = undefined;
  }
  if (stat !== undefined) {
    if (!stat.isDirectory()) throw new InputError('output', 'the output path exists and is not a folder', display);
    return { path: absolute, display, exists: true };
  }
  const parent = path.dirname(absolute);
  let parentIsDir = false;
  try {
    parentIsDir = fs.statSync(parent).isDirectory();
  } catch {
    parentIsDir = false;
  }
  if (!parentIsDir) throw new InputError('output', `output folder does not exist, and neither does its parent ${path.relative(cwd, parent) || parent}`, display);
  return { path: absolute, display, exists: false };
}

function checkSettings(settings: Record<string, 'off' | Severity> | undefined): Record<string, CheckSetting> {
  const known = new Set(ESTATE_CHECKS.map((c) => c.id));
  for (const id of Object.keys(settings ?? {})) {
    if (!known.has(id)) throw new InputError('config', `catalog.checks: unknown estate check "${id}" (known: ${[...known].join(', ')})`);
  }
  return settings ?? {};
}

function estateConfigFor(flag: string | undefined, configured: string | undefined, paths: string[], cwd: string, configDir: string): EstateConfig | null {
  if (flag !== undefined) return loadEstateConfig(path.resolve(cwd, flag), cwd);
  if (configured !== undefined) return loadEstateConfig(path.resolve(configDir, configured), cwd);
  const found = findEstateConfig(paths, cwd, configDir);
  return found === undefined ? null : loadEstateConfig(found, cwd);
}


function exitCode(catalog: Catalog, failSeverity: Severity): number {
  const lintFails = catalog.apis.some((a) => a.findings.list.some((f) => f.waived === undefined && meetsThreshold(f.severity, failSeverity)));
  const estateFails = catalog.estateFindings.some((f) => meetsThreshold(f.severity, failSeverity));
  return lintFails || estateFails ? 1 : 0;
}

const LISTED_ESTATE_FINDINGS = 50;

function summaryText(catalog: Catalog, written: string[], failSeverity: Severity): string {
  const s = catalog.summary;
  const lines: string[] = [];
  lines.push(`apigov catalog: ${plural(s.contracts, 'contract')}, estate score ${s.score} (${s.grade})`);
  lines.push(`  grades: ${Object.entries(s.grades).map(([g, n]) => `${n} ${g}`).join(', ')}`);
  const exceptions = [s.waived > 0 ? `${s.waived} waived` : '', s.inlineIgnores > 0 ? `${plural(s.inlineIgnores, 'inline ignore')}` : ''].filter((t) => t !== '');
  lines.push(`  lint findings: ${countsPhrase(s)}${exceptions.length > 0 ? ` (${exceptions.join(', ')})` : ''}`);
  lines.push(`  estate findings: ${countsPhrase(s.estateFindings)}`);
  if (s.change !== undefined) {
    const delta = s.change.scoreDelta > 0 ? `+${s.change.scoreDelta}` : String(s.change.scoreDelta);
    lines.push(`  since ${s.change.previousGeneratedAt}: score ${delta}, ${s.change.newFindings} new and ${s.change.fixedFindings} fixed findings, ${plural(s.change.breakingChanges, 'breaking change')}`);
  }
  const shown = catalog.estateFindings.filter((f) => meetsThreshold(f.severity, failSeverity === 'error' ? 'warn' : failSeverity));
  if (shown.length > 0) lines.push('');
  for (const finding of shown.slice(0, LISTED_ESTATE_FINDINGS)) {
    const first = primaryLocation(finding);
    lines.push(`${finding.severity.padEnd(5)}  ${finding.ruleId}  ${oneLine(finding.message)}`);
    if (first !== undefined) lines.push(`       ${oneLine(`${first.file}#${first.pointer}`)}`);
  }
  if (shown.length > LISTED_ESTATE_FINDINGS) lines.push(`… and ${shown.length - LISTED_ESTATE_FINDINGS} more estate findings in the catalog`);
  lines.push('');
  for (const file of written) lines.push(`wrote ${oneLine(file)}`);
  return lines.join('\n') + '\n';
}
