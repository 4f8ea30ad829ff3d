/** SIGINT or SIGTERM mid-run leaves either the old output or a complete new one, never half a file. */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempProject } from '../helpers.js';
import { writeLargeContract } from '../../bench/hostile-cases.mjs';

function runAndSignal(dir: string, signal: NodeJS.Signals, afterMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'apigov.js'), 'lint', 'large.yaml', '-f', 'json', '-o', 'out/report.json'], { cwd: dir, stdio: 'ignore' });
    setTimeout(() => child.kill(signal), afterMs);
    // killed by the signal itself (before apigov installed its handlers) reports no exit code
    child.on('exit', (code, sig) => resolve(code ?? (sig !== null ? -1 : null)));
  });
}

describe('interrupted runs', () => {
  it.each([
    ['SIGTERM', 300],
    ['SIGINT', 800],
    ['SIGTERM', 1500],
  ] as Array<[NodeJS.Signals, number]>)('%s after %i ms keeps the output whole', async (signal, afterMs) => {
    const dir = tempProject({ 'out/report.json': '{"old": true}\n' });
    writeLargeContract(path.join(dir, 'large.yaml'), 8);
    const code = await runAndSignal(dir, signal, afterMs);
    expect([0, 1, 130, 143, -1]).toContain(code);
    const text = fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8');
    const parsed = JSON.parse(text); // either the old file or a complete new report
    expect(parsed.old === true || Array.isArray(parsed.findings)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['report.json']);
  }, 60_000);
});
