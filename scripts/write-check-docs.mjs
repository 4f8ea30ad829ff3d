// Regenerates docs/checks/<id>.md from the check registry (run after `npm run build`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRegistry } from '../dist/diff/registry.js';
import { renderCheckDoc } from '../dist/diff/doc-page.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'checks');
fs.mkdirSync(dir, { recursive: true });
const ids = new Set();
for (const check of checkRegistry().values()) {
  ids.add(`${check.id}.md`);
  fs.writeFileSync(path.join(dir, `${check.id}.md`), renderCheckDoc(check));
}
for (const file of fs.readdirSync(dir)) if (file.endsWith('.md') && file !== 'README.md' && !ids.has(file)) fs.rmSync(path.join(dir, file));
console.log(`${ids.size} check pages in ${path.relative(process.cwd(), dir)}`);
