import { readFileSync } from 'node:fs';
import { renderTable } from './results-table.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time per function over V8 .cpuprofile files (node --cpu-prof writes one per thread, so
 * worker threads are included), biggest first. Idle time is left out of the percentages: on a
 * multi-threaded scan it only says the main thread was waiting for the workers.
 */
export function summarizeCpuProfiles(paths: readonly string[], top = 25): string {
  const selfMicros = new Map<string, number>();
  for (const path of paths) addSelfTimes(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, selfMicros);
  const idleMicros = selfMicros.get('(idle)') ?? 0;
  selfMicros.delete('(idle)');
  const busyMicros = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);
  const rows = [...selfMicros]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => [`${((100 * micros) / busyMicros).toFixed(1)}%`, `${(micros / 1000).toFixed(0)} ms`, name]);
  // V8 names a frame running compiled regex code "RegExp: <source>"; together they are the matching cost.
  const regexMicros = [...selfMicros].filter(([name]) => name.startsWith('RegExp: ')).reduce((sum, [, micros]) => sum + micros, 0);
  const header = [
    `${paths.length} thread(s), ${(busyMicros / 1000).toFixed(0)} ms busy, ${(idleMicros / 1000).toFixed(0)} ms idle;`,
    `all regexes together: ${(regexMicros / 1000).toFixed(0)} ms (${((100 * regexMicros) / busyMicros).toFixed(1)}% of busy)`,
  ].join(' ');
  return `${header}\n${renderTable(['self', 'time', 'function (file:line)'], rows)}`;
}

function addSelfTimes(profile: CpuProfile, selfMicros: Map<string, number>): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((nodeId, index) => {
    const key = frameName(nodes.get(nodeId));
    selfMicros.set(key, (selfMicros.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
}

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '(unknown)';
  const { url, lineNumber } = node.callFrame;
  // V8 names regex frames by their whole source; the start is enough to recognise the rule.
  const functionName = node.callFrame.functionName.length > 90 ? `${node.callFrame.functionName.slice(0, 90)}…` : node.callFrame.functionName;
  // Keep the path from the repo's dist/ or node_modules/ on, which is all a reader needs.
  const file = url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/');
  return file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName || '(anonymous)';
}
