/**
 * No network without --allow-remote-refs: lint, diff and catalog of contracts with http(s) $refs to a
 * loopback listener make zero connections to it.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempProject } from '../helpers.js';

const run = promisify(execFile);

describe('remote $refs', () => {
  let server: http.Server;
  let connections = 0;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end('type: object\nproperties: {total: {type: number}}\n'));
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/money.yaml`;
  });
  afterAll(() => server.close());

  const api = (version: string) => `openapi: 3.0.3
info: {title: Orders, version: ${version}}
paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '${url}'}
`;

  async function cli(dir: string, args: string[]): Promise<number> {
    try {
      await run(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'apigov.js'), ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      return 0;
    } catch (error) {
      return (error as { code?: number }).code ?? -1;
    }
  }

  it('are never fetched by lint, diff or catalog unless allowed', async () => {
    const dir = tempProject({ 'estate/orders.yaml': api('1.0.0'), 'orders-v2.yaml': api('1.1.0') });
    expect([0, 1]).toContain(await cli(dir, ['lint', 'estate']));
    expect([0, 1]).toContain(await cli(dir, ['diff', 'estate/orders.yaml', 'orders-v2.yaml']));
    expect([0, 1]).toContain(await cli(dir, ['catalog', 'estate', '--out', 'out', '--format', 'json']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connections).toBe(0);
    // and with the opt-in, the listener is reached
    expect([0, 1]).toContain(await cli(dir, ['lint', 'estate', '--allow-remote-refs']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connections).toBeGreaterThan(0);
  }, 60_000);
});
