#!/usr/bin/env node
// Thin shim: the CLI lives in dist/ (built by `npm run build`, run automatically by `npm ci`).
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of apigov and its dependencies between runs (in the OS temp
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), which cuts start-up. Node 20 has no such cache.
module.enableCompileCache?.();

const { main } = await import('../dist/cli/main.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
