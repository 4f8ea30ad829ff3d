/** Turns measured runs into per-tool summaries, the printed table and the JSON result. */
import { TOOL_LABELS } from './tools.mjs';

/** One tool on one contract: medians over the completed runs, the worst peak, how the others ended. */
export function summarizeRuns(runs, findings) {
  const ok = runs.filter((run) => run.outcome === 'ok');
  const walls = ok.map((run) => run.wallMs).sort((a, b) => a - b);
  const peaks = ok.map((run) => run.peakRssBytes).filter((bytes) => bytes !== null);
  const cpus = ok.map((run) => run.cpuMs).filter((ms) => ms !== null).sort((a, b) => a - b);
  const failures = runs.filter((run) => run.outcome !== 'ok');
  return {
    completedRuns: ok.length,
    runs: runs.map(({ outcome, exitCode, signal, wallMs, cpuMs, peakRssBytes }) => ({ outcome, exitCode, signal, wallMs: round(wallMs), cpuMs, peakRssBytes })),
    wallMs: walls.length ? { median: round(median(walls)), min: round(walls[0]), max: round(walls.at(-1)) } : null,
    cpuMs: cpus.length ? { median: round(median(cpus)) } : null,
    peakRssBytes: peaks.length ? Math.max(...peaks) : null,
    findings,
    failure: failures.length ? describeFailure(failures[0]) : null,
  };
}

/** apigov's figure divided by the other tool's: below 1 means apigov is faster or leaner. */
export function ratios(apigov, other) {
  if (!apigov?.wallMs || !other?.wallMs) return null;
  return {
    wall: apigov.wallMs.median / other.wallMs.median,
    cpu: apigov.cpuMs && other.cpuMs ? apigov.cpuMs.median / other.cpuMs.median : null,
    memory: apigov.peakRssBytes && other.peakRssBytes ? apigov.peakRssBytes / other.peakRssBytes : null,
  };
}

function describeFailure(run) {
  if (run.outcome === 'timeout') return { outcome: 'timeout', cell: 'timeout', message: `timed out after ${(run.wallMs / 1000).toFixed(0)} s` };
  const lastLine = run.stderr.trim().split('\n').filter(Boolean).pop()?.trim() ?? '';
  const how = run.signal ? `signal ${run.signal}` : `exit ${run.exitCode}`;
  const cell = run.noReport ? 'no report' : how;
  const message = `${run.noReport ? `${how} without a JSON report` : how}${lastLine ? `: ${lastLine.slice(0, 200)}` : ''}`;
  return { outcome: 'failed', cell, message };
}

function median(sorted) {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (ms) => Math.round(ms * 10) / 10;

export const formatSeconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return '?';
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  const mib = bytes / 1024 / 1024;
  return mib >= 1024 ? `${(mib / 1024).toFixed(2)} GiB` : `${mib.toFixed(mib < 10 ? 1 : 0)} MiB`;
}
const formatRatio = (value) => (value === null || value === undefined ? '-' : `${value.toFixed(value < 0.1 ? 3 : 2)}x`);

/** One row per contract: each tool's median wall time and peak memory, then the two apigov ratios. */
export function renderTable(result) {
  const tools = result.tools;
  const compared = tools.includes('apigov') ? tools.filter((tool) => tool !== 'apigov') : [];
  const groups = [...tools.map((tool) => TOOL_LABELS[tool]), ...compared.map((tool) => `apigov/${TOOL_LABELS[tool]}`)];
  const header = ['contract', 'size', ...groups.flatMap(() => ['wall', 'memory'])];
  const rows = result.contracts.map((contract) => {
    const row = [contract.name, formatBytes(contract.bytes)];
    for (const tool of tools) {
      const summary = contract.results[tool];
      if (summary.wallMs) row.push(formatSeconds(summary.wallMs.median), formatBytes(summary.peakRssBytes));
      else row.push(summary.failure?.cell ?? 'failed', '');
    }
    for (const tool of compared) row.push(formatRatio(contract.ratios[tool]?.wall), formatRatio(contract.ratios[tool]?.memory));
    return row;
  });

  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  // Each group label spans its wall and memory columns; widen the memory column if the label needs it.
  groups.forEach((label, g) => {
    const [wall, memory] = [2 + 2 * g, 3 + 2 * g];
    widths[memory] = Math.max(widths[memory], label.length - widths[wall] - 2);
  });
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  const groupLine = [' '.repeat(widths[0] + 2 + widths[1]), ...groups.map((label, g) => label.padStart(widths[2 + 2 * g] + 2 + widths[3 + 2 * g]))].join('  ');
  return [groupLine.trimEnd(), line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Findings per tool (from the first completed run) and every failed or timed-out run, explained. */
export function renderNotes(result) {
  const lines = ['findings reported (first completed run):'];
  for (const contract of result.contracts) {
    const counts = result.tools.map((tool) => `${TOOL_LABELS[tool]} ${contract.results[tool].findings ?? '-'}`);
    lines.push(`  ${contract.name}: ${counts.join(', ')}`);
  }
  if (result.memoryMethod === 'gnu-time') {
    lines.push('CPU time, user + system (median; less disturbed than wall time by other work on the machine):');
    for (const contract of result.contracts) {
      const cpu = result.tools.map((tool) => `${TOOL_LABELS[tool]} ${contract.results[tool].cpuMs ? formatSeconds(contract.results[tool].cpuMs.median) : '-'}`);
      lines.push(`  ${contract.name}: ${cpu.join(', ')}`);
    }
  }
  for (const contract of result.contracts) {
    for (const tool of result.tools) {
      const { failure, completedRuns, runs } = contract.results[tool];
      if (failure) lines.push(`${TOOL_LABELS[tool]} on ${contract.name}: ${runs.length - completedRuns}/${runs.length} runs did not complete (${failure.message})`);
    }
  }
  return lines.join('\n');
}
