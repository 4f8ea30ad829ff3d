/**
 * The three linters under test and how each is invoked. Spectral CLI and Redocly CLI live in
 * bench/peers (their own package.json and lock file), so the product's dependencies stay lean.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const TOOL_NAMES = ['apigov', 'spectral', 'redocly'];
export const TOOL_LABELS = { apigov: 'apigov', spectral: 'Spectral', redocly: 'Redocly' };
const PEER_PACKAGES = { spectral: '@stoplight/spectral-cli', redocly: '@redocly/cli' };

/** Each tool's default ruleset, as close to "recommended" as each offers. */
const SPECTRAL_RULESETS = {
  openapi: 'extends: [[spectral:oas, recommended]]\n',
  asyncapi: 'extends: [[spectral:asyncapi, recommended]]\n',
};

/** The environment every tool runs in: no colour, no telemetry, no update checks. */
export function toolEnvironment() {
  return {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
}

/** Installs bench/peers from its lock file when its node_modules is missing. Throws when npm fails. */
export function ensurePeers(projectRoot, tools, log) {
  const peersDir = path.join(projectRoot, 'bench', 'peers');
  const needed = tools.filter((tool) => tool in PEER_PACKAGES);
  if (needed.length === 0 || fs.existsSync(path.join(peersDir, 'node_modules'))) return;
  log(`installing ${needed.map((t) => TOOL_LABELS[t]).join(' and ')} into bench/peers (npm ci)...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', peersDir, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci --prefix bench/peers failed (exit ${result.status ?? result.signal})`);
}

function peerPackage(projectRoot, tool) {
  const dir = path.join(projectRoot, 'bench', 'peers', 'node_modules', ...PEER_PACKAGES[tool].split('/'));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0];
  return { version: manifest.version, script: path.join(dir, bin) };
}

export function toolVersion(projectRoot, tool) {
  if (tool === 'apigov') return JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;
  return peerPackage(projectRoot, tool).version;
}

/** Writes the Spectral ruleset files into `workDir` once per bench run. */
export function writeSpectralRulesets(workDir) {
  for (const [format, text] of Object.entries(SPECTRAL_RULESETS)) fs.writeFileSync(path.join(workDir, `spectral-${format}.yaml`), text);
}

/**
 * How to lint `contract` ({file, format}) with `tool`: the argv (run with this very Node), and where its
 * JSON report lands (`reportFile`; `stdoutFile` too when the tool only prints it).
 */
export function commandFor(tool, contract, { projectRoot, workDir }) {
  const node = process.execPath;
  const reportFile = path.join(workDir, `${tool}-report.json`);
  if (tool === 'apigov') {
    return { argv: [node, path.join(projectRoot, 'bin', 'apigov.js'), 'lint', contract.file, '-f', 'json', '-o', reportFile], reportFile };
  }
  const { script } = peerPackage(projectRoot, tool);
  if (tool === 'spectral') {
    const ruleset = path.join(workDir, `spectral-${contract.format}.yaml`);
    return { argv: [node, script, 'lint', '-r', ruleset, '-f', 'json', '-o', reportFile, contract.file], reportFile };
  }
  return { argv: [node, script, 'lint', '--extends', 'recommended', contract.file, '--format', 'json'], reportFile, stdoutFile: reportFile };
}

/** Number of findings in a tool's JSON report, or null when there is no readable report. */
export function countFindings(tool, reportFile) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  } catch {
    return null;
  }
  // Redocly lists at most 100 problems (--max-problems) but counts them all in its totals.
  if (tool === 'redocly') return Number.isInteger(report?.totals?.errors) ? report.totals.errors + report.totals.warnings : null;
  const list = tool === 'apigov' ? report?.findings : report;
  return Array.isArray(list) ? list.length : null;
}
