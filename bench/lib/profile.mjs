/** Reads a V8 .cpuprofile and ranks functions by self time. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Self time per function from a .cpuprofile: each node's hitCount times the mean sampling interval,
 * summed over nodes with the same function, file and line (one function can appear under many callers).
 * Returns `{ totalMs, functions: [{ name, location, selfMs, share }] }`, biggest first.
 */
export function selfTimeByFunction(profile, { projectRoot } = {}) {
  const totalSamples = profile.samples?.length ?? profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const intervalMs = totalSamples > 0 ? totalMs / totalSamples : 0;
  const byFunction = new Map();
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const location = url ? `${shortUrl(url, projectRoot)}:${lineNumber + 1}` : '';
    const key = `${name}\u0000${location}`;
    const entry = byFunction.get(key) ?? { name, location, selfMs: 0 };
    entry.selfMs += node.hitCount * intervalMs;
    byFunction.set(key, entry);
  }
  const functions = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .map((entry) => ({ ...entry, share: totalMs > 0 ? entry.selfMs / totalMs : 0 }));
  return { totalMs, functions };
}

/** The newest .cpuprofile in `dir` (node names them by time and pid). */
export function newestProfile(dir) {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length === 0) return undefined;
  return files.map((name) => path.join(dir, name)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/** Project files relative to the project, dependencies from their package folder on. */
function shortUrl(url, projectRoot) {
  let file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) return file.slice(modules + 1);
  if (projectRoot && file.startsWith(projectRoot + path.sep)) file = file.slice(projectRoot.length + 1);
  return file;
}
