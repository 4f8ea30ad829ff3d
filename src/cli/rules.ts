/** `apigov rules`: the active rules with severity, formats and one line each. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { escapeControl } from '../document/errors.js';

interface RulesOptions {
  config?: string;
  ruleset?: string;
  format: 'text' | 'json';
  all?: boolean;
  diff?: boolean;
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list the active lint rules: id, severity, formats and what each checks')
    .option('-c, --config <file>', 'config file (default: apigov.yaml found upward)')
    .option('-r, --ruleset <name|file>', 'list this ruleset instead of the configured one')
    .option('-a, --all', 'include rules that are switched off')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--diff', 'list the breaking-change checks of apigov diff instead')
    .action(async (options: RulesOptions) => {
      if (options.diff) {
        const { listDiffChecks } = await import('./diff-checks.js');
        process.stdout.write(listDiffChecks(options));
        return;
      }
      const [{ setupLint }, { listRules }] = await Promise.all([import('../lint/setup.js'), import('../lint/rule-meta.js')]);
      const setup = await setupLint({ cwd: process.cwd(), config: options.config, ruleset: options.ruleset });
      const rules = listRules(setup.ruleset).filter((r) => options.all || r.enabled);
      if (options.format === 'json') {
        process.stdout.write(JSON.stringify({ rules }, null, 2) + '\n');
        return;
      }
      const idWidth = Math.max(...rules.map((r) => r.id.length), 2);
      for (const rule of rules) {
        const severity = rule.enabled ? rule.severity : 'off';
        const formats = rule.formats.join(',') || 'any';
        process.stdout.write(`${rule.id.padEnd(idWidth)}  ${severity.padEnd(5)}  ${formats.padEnd(28)}  ${escapeControl(rule.description)}\n`);
      }
      process.stdout.write(`\n${rules.length} rules. Details: apigov explain <rule-id>\n`);
    });
}
