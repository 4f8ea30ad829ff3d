/**
 * Every hostile case of bench/hostile-cases.mjs, run through the CLI: the expected exit code, a clear
 * message, never a stack trace, always finished (generous timeouts: these are not speed tests;
 * `npm run hostile` measures time and memory).
 */
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempProject } from '../helpers.js';
import { CASES } from '../../bench/hostile-cases.mjs';

interface HostileCase {
  id: string;
  title: string;
  run: (dir: string) => { args: string[]; env?: Record<string, string> };
  exit: number[];
  stderr?: RegExp;
  stdout?: RegExp;
  check?: (result: { stdout: string; stderr: string }) => boolean;
  timeoutMs?: number;
}

describe('hostile input', () => {
  for (const c of CASES as HostileCase[]) {
    it(`${c.id}: ${c.title}`, () => {
      const dir = tempProject();
      const { args, env } = c.run(dir);
      const result = runCli(args, { cwd: dir, ...(env ? { env } : {}) });
      expect(c.exit, `exit ${result.status}; stderr: ${result.stderr.slice(0, 300)}`).toContain(result.status);
      if (c.stderr) expect(result.stderr).toMatch(c.stderr);
      if (c.stdout) expect(result.stdout).toMatch(c.stdout);
      if (c.check) expect(c.check(result)).toBe(true);
      expect(hasStackTrace(result.stderr)).toBe(false);
      if (result.status === 2) expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    }, c.timeoutMs ?? 60_000);
  }
});
