/** `apigov init`: starter apigov.yaml, waivers file and CI workflow; never overwrites without --force. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../document/errors.js';
import { CONFIG_TEMPLATE, GITHUB_WORKFLOW, GITLAB_CI, WAIVERS_TEMPLATE } from '../init/templates.js';
import { writeFileAtomic } from './io.js';

interface InitOptions {
  ci: 'github' | 'gitlab' | 'none';
  force?: boolean;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented apigov.yaml, an apigov-waivers.yaml template and a CI workflow')
    .addOption(new Option('--ci <system>', 'CI workflow to write').choices(['github', 'gitlab', 'none']).default('github'))
    .option('--force', 'overwrite files that already exist')
    .action((options: InitOptions) => {
      for (const line of init(process.cwd(), options)) process.stdout.write(`${line}\n`);
    });
}

export function filesFor(ci: InitOptions['ci']): Array<[string, string]> {
  const files: Array<[string, string]> = [
    ['apigov.yaml', CONFIG_TEMPLATE],
    ['apigov-waivers.yaml', WAIVERS_TEMPLATE],
  ];
  if (ci === 'github') files.push([path.join('.github', 'workflows', 'apigov.yml'), GITHUB_WORKFLOW]);
  if (ci === 'gitlab') files.push(['.gitlab-ci.yml', GITLAB_CI]);
  return files;
}

/** All or nothing: when any file exists and --force is not given, nothing is written. */
export function init(cwd: string, options: InitOptions): string[] {
  const files = filesFor(options.ci);
  const existing = files.filter(([name]) => fs.existsSync(path.join(cwd, name))).map(([name]) => name);
  if (existing.length > 0 && !options.force) {
    throw new InputError('usage', `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing written (use --force to overwrite)`);
  }
  const written: string[] = [];
  for (const [name, content] of files) {
    const target = path.join(cwd, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, content);
    written.push(`wrote ${name}`);
  }
  return [...written, 'next: npx apigov lint   (then commit a baseline with: npx apigov lint --update-baseline)'];
}
