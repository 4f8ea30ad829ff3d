/** Git access for `apigov diff`: refs are validated before git sees them; renames are followed. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, cleanHead, existsAt, findRepo, hasCommit, isValidRef, openRepo, readAt, repoPath, repoPrefix, resolveCommit } from '../../src/document/git.js';
import { InputError } from '../../src/document/errors.js';
import { pairWithCommit } from '../../src/document/git-contracts.js';
import { loadContracts } from '../../src/document/load.js';
import { readTextFile } from '../../src/document/parse.js';
import { minimalOpenApi, tempProject, writeFiles } from '../helpers.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('git refs', () => {
  it.each(['HEAD', 'HEAD~2', 'main^', 'origin/main', 'v1.2.0', 'release/2026-05', 'HEAD@{1}', 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2'])('accepts %s', (ref) => {
    expect(isValidRef(ref)).toBe(true);
  });

  it.each(['HEAD;touch x', '$(id)', '`id`', '-oops', '--output=x', 'a..b', 'a b', 'x\ny', 'main/', 'a//b', 'ref.lock', '', 'a|b', "a'b"])('refuses %j', (ref) => {
    expect(isValidRef(ref)).toBe(false);
  });

  it('resolves refs to commits, reads files at a commit and follows renames', () => {
    const dir = tempProject();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    git(dir, 'init', '-q');
    writeFiles(dir, { 'api/orders.yaml': 'openapi: 3.0.3\n', 'api/stock.yaml': 'openapi: 3.0.3\ninfo: {}\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    const repo = openRepo(path.join(dir, 'api'));
    expect(repo.root).toBe(fs.realpathSync(dir));
    const commit = resolveCommit(repo, 'HEAD');
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(() => resolveCommit(repo, 'HEAD;id')).toThrow(InputError);
    expect(() => resolveCommit(repo, 'no-such-branch')).toThrow(/unknown git ref/);
    expect(readAt(repo, commit, 'api/orders.yaml', 'HEAD:api/orders.yaml', 1000)).toBe('openapi: 3.0.3\n');
    expect(() => readAt(repo, commit, 'api/orders.yaml', 'HEAD:api/orders.yaml', 5)).toThrow(/over the .* limit/);
    expect(existsAt(repo, commit, 'api/missing.yaml')).toBe(false);
    expect(repoPath(repo, 'orders.yaml', path.join(dir, 'api'), true)).toBe('api/orders.yaml');
    expect(() => repoPath(repo, '../../etc/passwd', dir, true)).toThrow(/outside the git repository/);
    git(dir, 'mv', 'api/orders.yaml', 'api/order-management.yaml');
    fs.rmSync(path.join(dir, 'api/stock.yaml'));
    expect(changedFiles(repo, commit, ['api'], dir)).toEqual([
      { status: 'renamed', from: 'api/orders.yaml', to: 'api/order-management.yaml' },
      { status: 'deleted', from: 'api/stock.yaml', to: undefined },
    ]);
  });

  it('tells whether files are unchanged at HEAD: tracked, not modified, not staged', () => {
    const dir = tempProject();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    expect(findRepo(dir)).toBeUndefined();
    git(dir, 'init', '-q');
    const repo = openRepo(dir);
    writeFiles(dir, { 'api/orders.yaml': 'a: 1\n', 'api/schemas/order.yaml': 'b: 1\n', 'other/x.yaml': 'c: 1\n' });
    expect(cleanHead(repo, ['api/orders.yaml'])).toBeUndefined(); // no commit yet
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    const head = resolveCommit(repo, 'HEAD');
    expect(hasCommit(repo, head)).toBe(true);
    expect(hasCommit(repo, 'f'.repeat(40))).toBe(false);
    expect(hasCommit(repo, 'HEAD')).toBe(false); // ids only
    expect(repoPrefix(path.join(dir, 'api', 'schemas'))).toBe('api/schemas');
    expect(repoPrefix(dir)).toBe('');
    const files = ['api/orders.yaml', 'api/schemas/order.yaml'];
    expect(cleanHead(repo, files)).toBe(head);
    writeFiles(dir, { 'other/x.yaml': 'c: 2\n' }); // not one of the files
    expect(cleanHead(repo, files)).toBe(head);
    writeFiles(dir, { 'api/schemas/order.yaml': 'b: 2\n' });
    git(dir, 'add', '-A');
    expect(cleanHead(repo, files)).toBeUndefined(); // staged
    git(dir, 'reset', '-q', '--hard');
    expect(cleanHead(repo, [...files, 'api/missing.yaml'])).toBeUndefined();
    expect(cleanHead(repo, ['../outside.yaml'])).toBeUndefined();
  });

  it('a path missing at a commit is a not-found input error', () => {
    const dir = tempProject();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    git(dir, 'init', '-q');
    writeFiles(dir, { 'api/orders.yaml': 'openapi: 3.0.3\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    const repo = openRepo(dir);
    const commit = resolveCommit(repo, 'HEAD');
    let caught: unknown;
    try {
      readAt(repo, commit, 'api/missing.yaml', 'HEAD:api/missing.yaml', 1000);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).code).toBe('not-found');
    expect((caught as InputError).message).toMatch(/^HEAD:api\/missing\.yaml: not found at that commit/);
  });

  it('pairs work-tree contracts with the commit: added, modified, removed; a broken removed file is skipped', async () => {
    const dir = tempProject();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    git(dir, 'init', '-q');
    writeFiles(dir, { 'api/orders.yaml': minimalOpenApi(), 'api/gone.yaml': minimalOpenApi(), 'api/broken.yaml': 'openapi: 3.0.3\ninfo: [\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    const repo = openRepo(dir);
    const commit = resolveCommit(repo, 'HEAD');
    fs.rmSync(path.join(dir, 'api/gone.yaml'));
    fs.rmSync(path.join(dir, 'api/broken.yaml'));
    writeFiles(dir, { 'api/new.yaml': minimalOpenApi() });
    const options = { cwd: dir };
    const { contracts, errors } = await loadContracts(['api'], options);
    expect(errors).toEqual([]);
    const pairs = await pairWithCommit(repo, commit, 'HEAD', contracts, ['api'], options, dir);
    expect(pairs.map((p) => [p.path, p.status, p.base !== undefined, p.revision !== undefined])).toEqual([
      ['api/gone.yaml', 'removed', true, false],
      ['api/new.yaml', 'added', false, true],
      ['api/orders.yaml', 'modified', true, true],
    ]);
    expect(pairs.find((p) => p.path === 'api/orders.yaml')!.changed).toBe(false);
  });

  it('a file over the limit at a commit is refused with the same words as on disk', () => {
    const dir = tempProject();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    git(dir, 'init', '-q');
    writeFiles(dir, { 'api/orders.yaml': 'openapi: 3.0.3\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    const repo = openRepo(dir);
    const commit = resolveCommit(repo, 'HEAD');
    const message = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return [(error as InputError).code, (error as InputError).message];
      }
      return undefined;
    };
    const atCommit = message(() => readAt(repo, commit, 'api/orders.yaml', 'x', 5));
    expect(atCommit?.[0]).toBe('too-large');
    expect(atCommit).toEqual(message(() => readTextFile(path.join(dir, 'api/orders.yaml'), 'x', 5)));
    expect(existsAt(repo, commit, 'api/orders.yaml')).toBe(true);
  });
});
