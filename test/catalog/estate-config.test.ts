/** estate.yaml: where it is found, what it may contain, and the errors for what it may not. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEstateConfig, loadEstateConfig } from '../../src/catalog/estate-config.js';
import { InputError } from '../../src/document/errors.js';
import { tempProject, writeFiles } from '../helpers.js';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).format();
  }
  throw new Error('expected an input error');
}

describe('estate.yaml', () => {
  it('reads ids as strings or objects; an absent section is not checked', () => {
    const dir = tempProject({ 'estate.yaml': 'teams:\n  - team-a\n  - {id: team-b, name: Team B, domains: [order]}\ndomains: [order]\n' });
    expect(loadEstateConfig(path.join(dir, 'estate.yaml'), dir)).toEqual({
      file: 'estate.yaml',
      teams: [
        { id: 'team-a', name: null, email: null, domains: null },
        { id: 'team-b', name: 'Team B', email: null, domains: ['order'] },
      ],
      domains: [{ id: 'order', name: null, owner: null, description: null }],
      systems: null,
    });
  });

  it('an empty file is an empty estate, as a file with only comments is; a binary one is refused', () => {
    const dir = tempProject({ 'empty.yaml': '', 'comments.yaml': '# nothing yet\n', 'binary.yaml': 'teams: [a]\u0000\n' });
    const empty = { teams: null, domains: null, systems: null };
    expect(loadEstateConfig(path.join(dir, 'empty.yaml'), dir)).toEqual({ file: 'empty.yaml', ...empty });
    expect(loadEstateConfig(path.join(dir, 'comments.yaml'), dir)).toEqual({ file: 'comments.yaml', ...empty });
    expect(errorOf(() => loadEstateConfig(path.join(dir, 'binary.yaml'), dir))).toMatch(/^binary\.yaml: binary content/);
    expect(errorOf(() => loadEstateConfig(path.join(dir, 'nope.yaml'), dir))).toBe('nope.yaml: estate config not found');
  });

  it('names the key and line of what is wrong', () => {
    const dir = tempProject({
      'unknown.yaml': 'teams: []\nowners: []\n',
      'type.yaml': 'domains:\n  - {id: order, owner: 42}\n',
      'repeat.yaml': 'systems:\n  - oms\n  - {id: oms}\n',
      'syntax.yaml': 'teams: [\n',
    });
    expect(errorOf(() => loadEstateConfig(path.join(dir, 'unknown.yaml'), dir))).toBe('unknown.yaml:2: unknown key "owners"');
    expect(errorOf(() => loadEstateConfig(path.join(dir, 'type.yaml'), dir))).toBe('type.yaml:2: "domains.0.owner" must be string');
    expect(errorOf(() => loadEstateConfig(path.join(dir, 'repeat.yaml'), dir))).toBe('repeat.yaml:3: "systems.1" repeats the id "oms"');
    expect(errorOf(() => loadEstateConfig(path.join(dir, 'syntax.yaml'), dir))).toMatch(/^syntax\.yaml:\d+: /);
  });

  it('is found in the scanned folder, beside it, or beside apigov.yaml; never outside the working directory', () => {
    const dir = tempProject({ 'contracts/a.yaml': '', 'governance/apigov.yaml': '' });
    const cwd = path.join(dir, 'work');
    fs.mkdirSync(cwd);
    writeFiles(cwd, { 'contracts/a.yaml': '' });
    expect(findEstateConfig(['contracts'], cwd, cwd)).toBeUndefined();
    writeFiles(dir, { 'estate.yaml': 'teams: []\n' });
    expect(findEstateConfig(['.'], cwd, cwd)).toBeUndefined(); // the parent of the working directory is another project
    writeFiles(cwd, { 'estate.yaml': 'teams: []\n' });
    expect(findEstateConfig(['contracts'], cwd, cwd)).toBe(path.join(cwd, 'estate.yaml'));
    writeFiles(cwd, { 'contracts/estate.yml': 'teams: []\n' });
    expect(findEstateConfig(['contracts/**/*.yaml'], cwd, cwd)).toBe(path.join(cwd, 'contracts', 'estate.yml'));
    fs.rmSync(path.join(cwd, 'estate.yaml'));
    writeFiles(dir, { 'governance/estate.yaml': 'teams: []\n' });
    expect(findEstateConfig(['contracts/a.yaml'], cwd, path.join(dir, 'governance'))).toBe(path.join(cwd, 'contracts', 'estate.yml'));
    fs.rmSync(path.join(cwd, 'contracts', 'estate.yml'));
    expect(findEstateConfig(['contracts/a.yaml'], cwd, path.join(dir, 'governance'))).toBe(path.join(dir, 'governance', 'estate.yaml'));
  });
});
