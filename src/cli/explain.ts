/** `apigov explain <id>`: print the doc page of a lint rule or a diff check. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../document/errors.js';
import { PACKAGE_ROOT } from '../paths.js';

const DOC_DIRS = ['docs/rules', 'docs/checks'];

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('print the documentation of a rule or breaking-change check')
    .argument('<id>', 'rule or check id, e.g. ids-canonical-names')
    .action((id: string) => {
      process.stdout.write(explain(id));
    });
}

export function docIds(): string[] {
  const ids: string[] = [];
  for (const dir of DOC_DIRS) {
    const full = path.join(PACKAGE_ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const file of fs.readdirSync(full)) if (file.endsWith('.md') && file !== 'README.md') ids.push(file.slice(0, -3));
  }
  return ids.sort();
}

export function explain(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new InputError('usage', `"${id}" is not a rule or check id`);
  for (const dir of DOC_DIRS) {
    const file = path.join(PACKAGE_ROOT, dir, `${id}.md`);
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      return text.endsWith('\n') ? text : text + '\n';
    }
  }
  const near = docIds().filter((candidate) => candidate.includes(id) || id.includes(candidate)).slice(0, 5);
  throw new InputError('usage', `no rule or check named "${id}"${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; list them with apigov rules'}`);
}
