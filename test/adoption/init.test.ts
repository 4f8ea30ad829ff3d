import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { minimalOpenApi, runCli, tempProject } from '../helpers.js';

/** `npx apigov <command> ...` lines of a CI file. */
function apigovCommands(text: string): string[] {
  return [...text.matchAll(/npx apigov (\w[\w-]*)/g)].map((m) => m[1]!);
}

describe('apigov init', () => {
  it('writes files that apigov itself accepts, and a workflow whose steps name real commands', () => {
    const dir = tempProject({ 'contracts/orders.yaml': minimalOpenApi() });
    const result = runCli(['init'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote apigov\.yaml\nwrote apigov-waivers\.yaml\nwrote \.github\/workflows\/apigov\.yml/);
    // the config and the waivers file validate: lint runs (exit 1 = findings), not exit 2
    const lint = runCli(['lint', 'contracts'], { cwd: dir });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    const workflow = jsyaml.load(fs.readFileSync(path.join(dir, '.github/workflows/apigov.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }> };
    expect(Object.keys(workflow.jobs)).toEqual(['lint', 'check', 'catalog']);
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? '')).join('\n');
    const registered = new Set(buildProgram().commands.map((c) => c.name()));
    const used = apigovCommands(runs);
    expect(new Set(used)).toEqual(new Set(['lint', 'check', 'catalog']));
    for (const command of used) expect(registered.has(command), command).toBe(true);
  });

  it('writes a GitLab job with --ci gitlab', () => {
    const dir = tempProject();
    expect(runCli(['init', '--ci', 'gitlab'], { cwd: dir }).status).toBe(0);
    const gitlab = jsyaml.load(fs.readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    expect(Object.keys(gitlab)).toEqual(expect.arrayContaining(['apigov-lint', 'apigov-check', 'apigov-catalog']));
    expect(fs.existsSync(path.join(dir, '.github'))).toBe(false);
  });

  it('never overwrites without --force, and writes nothing when one file exists', () => {
    const dir = tempProject({ 'apigov.yaml': 'extends: [./mine.yaml]\n' });
    const refused = runCli(['init'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/apigov\.yaml already exists; nothing written \(use --force to overwrite\)/);
    expect(fs.readFileSync(path.join(dir, 'apigov.yaml'), 'utf8')).toBe('extends: [./mine.yaml]\n');
    expect(fs.existsSync(path.join(dir, 'apigov-waivers.yaml'))).toBe(false);
    expect(runCli(['init', '--force'], { cwd: dir }).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'apigov.yaml'), 'utf8')).toMatch(/^# apigov configuration/);
  });
});

describe('CI samples', () => {
  it('examples/ci matches what apigov init writes', async () => {
    const templates = await import('../../src/init/templates.js');
    expect(fs.readFileSync('examples/ci/github-workflow.yml', 'utf8')).toBe(templates.GITHUB_WORKFLOW);
    expect(fs.readFileSync('examples/ci/gitlab-ci.yml', 'utf8')).toBe(templates.GITLAB_CI);
  });

  it('action.yml passes inputs through the environment only', () => {
    const action = jsyaml.load(fs.readFileSync('action.yml', 'utf8')) as { runs: { steps: Array<{ run: string; env?: Record<string, string> }> } };
    for (const step of action.runs.steps) expect(step.run).not.toMatch(/\$\{\{\s*inputs\./);
    expect(action.runs.steps[1]!.env).toMatchObject({ APIGOV_COMMAND: '${{ inputs.command }}' });
  });
});
