/**
 * Hostile inputs for apigov: each case writes its input into a fresh folder and says which command to
 * run and what must happen. Used by the test suite (test/hostile/) and by `npm run hostile`, which
 * measures time and peak memory per case and writes docs/reliability.md.
 */
import fs from 'node:fs';
import path from 'node:path';

const OPENAPI_HEAD = 'openapi: 3.0.3\ninfo:\n  title: Hostile\n  version: 1.0.0\n';

function write(dir, name, content) {
  const full = path.join(dir, name);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  return name;
}

/** A realistic contract of about `megabytes` MB: many paths sharing components. */
export function writeLargeContract(file, megabytes) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `${OPENAPI_HEAD}paths:\n`);
  let written = 0;
  let i = 0;
  const target = megabytes * 1024 * 1024;
  while (written < target) {
    const chunk = `  /stores/{storeId}/orders-${i}/{orderId}:
    get:
      operationId: getOrder${i}
      summary: Read order ${i} of a store
      parameters:
        - {name: storeId, in: path, required: true, schema: {type: string, pattern: '^[0-9]{4}$'}}
        - {name: orderId, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema:
                type: object
                properties:
                  orderId: {type: string, format: uuid}
                  placedAt: {type: string, format: date-time}
                  total: {$ref: '#/components/schemas/Money'}
                  note: {type: string, maxLength: 500, description: 'Free text entered at the till for order ${i}.'}
        '404': {$ref: '#/components/responses/NotFound'}
`;
    fs.writeSync(fd, chunk);
    written += chunk.length;
    i++;
  }
  fs.writeSync(
    fd,
    `components:
  responses:
    NotFound: {description: not found}
  schemas:
    Money:
      type: object
      required: [amount, currency]
      properties:
        amount: {type: string, pattern: '^-?\\\\d+(\\\\.\\\\d{1,4})?$'}
        currency: {type: string, pattern: '^[A-Z]{3}$'}
`,
  );
  fs.closeSync(fd);
  return i;
}

/** The cases. `run(dir)` prepares inputs and returns the CLI arguments (and options) to run. */
export const CASES = [
  { id: 'empty-file', group: 'malformed', title: 'Empty file', run: (d) => ({ args: ['lint', write(d, 'api.yaml', '')] }), exit: [2], stderr: /api\.yaml: file is empty/ },
  { id: 'binary', group: 'malformed', title: 'Binary bytes (PNG header)', run: (d) => ({ args: ['lint', write(d, 'api.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))] }), exit: [2], stderr: /binary content/ },
  { id: 'invalid-yaml', group: 'malformed', title: 'Invalid YAML', run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths:\n  /a: [\n`)] }), exit: [2], stderr: /api\.yaml:\d+: invalid YAML/ },
  { id: 'invalid-json', group: 'malformed', title: 'Invalid JSON', run: (d) => ({ args: ['lint', write(d, 'api.json', '{"openapi": "3.0.3",\n  "info": {"title": "x",}\n}')] }), exit: [2], stderr: /api\.json:2: invalid JSON/ },
  { id: 'non-utf8', group: 'malformed', title: 'Bytes that are not UTF-8 (Latin-1)', run: (d) => ({ args: ['lint', write(d, 'api.yaml', Buffer.concat([Buffer.from(`${OPENAPI_HEAD}  description: Caf`), Buffer.from([0xe9]), Buffer.from('\npaths: {}\n')]))] }), exit: [2], stderr: /api\.yaml:5: not valid UTF-8/ },
  { id: 'not-a-contract', group: 'malformed', title: 'Plain YAML that is not a contract, named explicitly', run: (d) => ({ args: ['lint', write(d, 'values.yaml', 'replicas: 3\nimage: shop/web:1.2\n')] }), exit: [2], stderr: /values\.yaml: not an OpenAPI or AsyncAPI document/ },
  { id: 'swagger-1.2', group: 'malformed', title: 'Unsupported version swagger: "1.2"', run: (d) => ({ args: ['lint', write(d, 'api.yaml', 'swagger: "1.2"\ninfo: {title: x}\n')] }), exit: [2], stderr: /unsupported version swagger: "1\.2"/ },
  { id: 'openapi-4', group: 'malformed', title: 'Unsupported version openapi: 4.0.0', run: (d) => ({ args: ['lint', write(d, 'api.yaml', 'openapi: 4.0.0\ninfo: {title: x}\n')] }), exit: [2], stderr: /unsupported version openapi: "4\.0\.0"/ },
  { id: 'asyncapi-9', group: 'malformed', title: 'Unsupported version asyncapi: 9.0.0', run: (d) => ({ args: ['lint', write(d, 'api.yaml', 'asyncapi: 9.0.0\ninfo: {title: x}\n')] }), exit: [2], stderr: /unsupported version asyncapi: "9\.0\.0"/ },
  { id: 'duplicate-keys', group: 'malformed', title: 'Duplicate mapping keys (YAML: input error with the line)', run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\npaths: {}\n`)] }), exit: [2], stderr: /api\.yaml:6: invalid YAML: duplicated mapping key/ },
  { id: 'bom', group: 'malformed', title: 'UTF-8 byte order mark is accepted', run: (d) => ({ args: ['lint', write(d, 'api.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${OPENAPI_HEAD}paths: {}\n`)]))] }), exit: [0, 1] },

  {
    id: 'alias-bomb',
    group: 'bombs',
    title: 'YAML alias bomb (billion laughs, 10^9 nodes)',
    run: (d) => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const names = 'abcdefghi';
      for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(',')}]`);
      return { args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\n${lines.map((l) => `x-${l}`).join('\n')}\n`)] };
    },
    exit: [2],
    stderr: /alias bomb/,
  },
  { id: 'json-deep', group: 'bombs', title: 'JSON nested 100,000 deep', run: (d) => ({ args: ['lint', write(d, 'api.json', `{"openapi":"3.0.3","info":{"title":"x","version":"1.0.0"},"paths":{},"x-deep":${'['.repeat(100000)}${']'.repeat(100000)}}`)] }), exit: [2], stderr: /nesting deeper than 512 levels/ },
  { id: 'flow-deep', group: 'bombs', title: 'YAML flow sequence 1,000 deep', run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\nx-deep: ${'['.repeat(1000)}${']'.repeat(1000)}\n`)] }), exit: [2], stderr: /nesting deeper than 512 levels/ },
  { id: 'long-string', group: 'bombs', title: '5 MB single-line string', run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}  description: "${'x'.repeat(5 * 1024 * 1024)}"\npaths: {}\n`)] }), exit: [0, 1] },
  {
    id: 'enum-10k',
    group: 'bombs',
    title: '10,000 enum values',
    run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\ncomponents:\n  schemas:\n    StoreCode:\n      type: string\n      enum: [${Array.from({ length: 10000 }, (_, i) => `"S${String(i).padStart(5, '0')}"`).join(', ')}]\n`)] }),
    exit: [0, 1],
  },
  {
    id: 'large-60mb',
    group: 'bombs',
    title: '60 MB generated contract',
    run: (d) => {
      writeLargeContract(path.join(d, 'large.yaml'), 60);
      return { args: ['lint', 'large.yaml', '-f', 'json', '-o', 'report.json'] };
    },
    exit: [0, 1],
    timeoutMs: 120_000,
  },
  {
    id: 'dir-2000',
    group: 'bombs',
    title: 'A directory of 2,000 contracts',
    run: (d) => {
      for (let i = 0; i < 2000; i++) write(d, `contracts/team-${i % 40}/api-${i}.yaml`, `${OPENAPI_HEAD}  x-api-id: retail-api-${i}\npaths:\n  /v1/items-${i}:\n    get:\n      operationId: listItems${i}\n      responses: {'200': {description: ok}}\n`);
      return { args: ['lint', 'contracts', '-f', 'json', '-o', 'report.json'] };
    },
    exit: [0, 1],
    timeoutMs: 300_000,
  },
  {
    id: 'symlink-loop',
    group: 'bombs',
    title: 'A symlink loop in a scanned directory',
    run: (d) => {
      write(d, 'contracts/a/api.yaml', `${OPENAPI_HEAD}paths: {}\n`);
      fs.symlinkSync(path.join(d, 'contracts'), path.join(d, 'contracts', 'a', 'loop'));
      fs.symlinkSync(path.join(d, 'contracts', 'a'), path.join(d, 'contracts', 'a', 'self'));
      return { args: ['lint', 'contracts', '-f', 'json'] };
    },
    exit: [0, 1],
  },

  {
    id: 'ref-absolute',
    group: 'refs',
    title: '$ref to an absolute path (/etc/passwd)',
    run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '/etc/passwd'}\n`), '-f', 'json'] }),
    exit: [1],
    stdout: /structure-ref-within-root.*absolute file \$ref/s,
  },
  {
    id: 'ref-escape',
    group: 'refs',
    title: '$ref escaping the project root (../../..)',
    run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '../../../../../../etc/hosts'}\n`), '-f', 'json'] }),
    exit: [1],
    stdout: /leaves the project root/,
  },
  {
    id: 'ref-cycles',
    group: 'refs',
    title: 'Cycles: self, two-schema, through allOf, across files, in AsyncAPI payloads',
    run: (d) => {
      write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\ncomponents:\n  schemas:\n    Category: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Category'}}}}\n    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}\n    B: {allOf: [{$ref: '#/components/schemas/A'}]}\n    X: {$ref: 'other.yaml#/Y'}\n    Loop1: {$ref: '#/components/schemas/Loop2'}\n    Loop2: {$ref: '#/components/schemas/Loop1'}\n`);
      write(d, 'other.yaml', 'Y: {type: object, properties: {back: {$ref: "api.yaml#/components/schemas/X"}}}\n');
      write(d, 'events.yaml', 'asyncapi: 3.0.0\ninfo: {title: e, version: 1.0.0}\nchannels:\n  c:\n    messages:\n      M: {payload: {$ref: "#/components/schemas/Node"}}\ncomponents:\n  schemas:\n    Node: {type: object, properties: {next: {$ref: "#/components/schemas/Node"}}}\n');
      return { args: ['lint', 'api.yaml', 'events.yaml', '-f', 'json'] };
    },
    exit: [1],
    stdout: /circular chain/,
  },
  { id: 'ref-missing', group: 'refs', title: 'Missing $ref file and pointer', run: (d) => ({ args: ['lint', write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'nope.yaml'}\n    B: {$ref: '#/components/schemas/Nope'}\n`), '-f', 'json'] }), exit: [1], stdout: /structure-ref-resolvable/ },

  {
    id: 'diff-ref-escape',
    group: 'refs',
    title: 'diff of contracts whose $refs are absolute or leave the root',
    run: (d) => {
      const api = (extra) => `${OPENAPI_HEAD}paths:\n  /orders:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '${extra}'}\n`;
      write(d, 'base.yaml', api('/etc/passwd'));
      write(d, 'revision.yaml', api('../../../../etc/shadow'));
      return { args: ['diff', 'base.yaml', 'revision.yaml', '-f', 'json'] };
    },
    exit: [0, 1],
    stdout: /"changes"/,
  },
  {
    id: 'catalog-ref-escape',
    group: 'refs',
    title: 'catalog of an estate with a $ref to /etc/passwd',
    run: (d) => {
      write(d, 'estate/api.yaml', `${OPENAPI_HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '/etc/passwd'}\n`);
      return { args: ['catalog', 'estate', '--out', 'out', '--format', 'json'] };
    },
    exit: [1],
    check: (r) => !/root:x:0:0/.test(r.stdout + r.stderr),
  },
  {
    id: 'diff-git-ref-injection',
    group: 'injection',
    title: 'A git ref with shell syntax (HEAD;touch pwned) given to diff',
    run: (d) => {
      write(d, 'api.yaml', `${OPENAPI_HEAD}paths: {}\n`);
      return { args: ['diff', 'HEAD;touch pwned:api.yaml', 'api.yaml'] };
    },
    exit: [2],
    stderr: /not a valid git ref|no such file/,
  },
  {
    id: 'catalog-markdown-injection',
    group: 'injection',
    title: 'Titles with |, newlines and control characters in the catalog board pack',
    run: (d) => {
      write(d, 'estate/api.yaml', 'openapi: 3.0.3\ninfo:\n  title: "Orders | Returns\\n## Injected heading \\e[31m"\n  version: 1.0.0\n  x-api-id: retail-orders-api\npaths: {}\n');
      return { args: ['catalog', 'estate', '--out', 'out', '--format', 'md'] };
    },
    exit: [0, 1],
    check: (r) => !/\u001b/.test(r.stdout),
  },
  {
    id: 'terminal-injection',
    group: 'injection',
    title: 'Terminal escape sequences in contract text',
    run: (d) => ({ args: ['lint', write(d, 'api.yaml', 'openapi: 3.0.3\ninfo:\n  title: "\\e[2J\\e]0;pwned\\a"\n  version: "\\e[31mred\\u009b"\npaths: {}\n'), '-f', 'stylish'], env: { FORCE_COLOR: '0' } }),
    exit: [1],
    check: (r) => !/[\u001b\u0007\u009b]/.test(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')),
  },
  {
    id: 'prototype-keys',
    group: 'injection',
    title: '__proto__ and constructor keys are plain data',
    run: (d) => ({ args: ['lint', write(d, 'api.json', '{"openapi":"3.0.3","info":{"title":"x","version":"1.0.0","__proto__":{"polluted":true}},"paths":{"/__proto__":{"get":{"responses":{"200":{"description":"ok"}}}},"/constructor":{}},"components":{"schemas":{"__proto__":{"type":"object","properties":{"constructor":{"type":"string"},"__proto__":{"type":"string"}}}}}}'), '-f', 'json'] }),
    exit: [0, 1],
  },
];
