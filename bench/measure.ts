import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CommandSpec {
  command: string;
  args: readonly string[];
  cwd?: string;
  /** Where stdout goes; /dev/null unless a tool's output is needed. */
  stdoutPath?: string;
  /** Killed (whole process group) after this long; the run is then marked timed out. */
  timeoutMs?: number;
}

export interface Measurement {
  wallMs: number;
  /** Highest resident memory seen: the larger of the kernel's per-process high-water mark and the sampled sum over the process tree. */
  peakRssBytes: number;
  /** User plus system CPU time of the command and the children it waited for (GNU time %U + %S). */
  cpuMs: number;
  exitCode: number | null;
  isTimedOut: boolean;
  stderr: string;
}

const gnuTime = '/usr/bin/time';
const sampleIntervalMs = 25;

/**
 * Runs a command under GNU time (its %M is the kernel's max RSS of the largest process, exact
 * even for short spikes) while also summing VmRSS over the whole process tree every few
 * milliseconds, which catches tools that fan out into several processes.
 */
export async function measureCommand(spec: CommandSpec): Promise<Measurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'rampart-bench-'));
  const timeFile = join(scratch, 'time.txt');
  const stdout = openSync(spec.stdoutPath ?? '/dev/null', 'w');
  const started = performance.now();
  const child = spawn(gnuTime, ['-f', '%M %U %S', '-o', timeFile, spec.command, ...spec.args], {
    cwd: spec.cwd,
    stdio: ['ignore', stdout, 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  let sampledPeak = 0;
  const sampler = setInterval(() => {
    // GNU time itself is left out: only the measured command and what it spawns count.
    if (child.pid) sampledPeak = Math.max(sampledPeak, readChildPids(child.pid).reduce((sum, pid) => sum + treeRssBytes(pid), 0));
  }, sampleIntervalMs);
  let isTimedOut = false;
  const timer = spec.timeoutMs
    ? setTimeout(() => {
        isTimedOut = true;
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      }, spec.timeoutMs)
    : undefined;
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  if (timer) clearTimeout(timer);
  closeSync(stdout);
  const { maxRssBytes, cpuMs } = readTimeFile(timeFile);
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, peakRssBytes: Math.max(maxRssBytes, sampledPeak), cpuMs, exitCode, isTimedOut, stderr };
}

/** Runs the same command several times: best wall time, and the highest peak memory of any run. */
export async function measureBestOf(runs: number, spec: CommandSpec): Promise<Measurement> {
  let best: Measurement | undefined;
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    const measurement = await measureCommand(spec);
    peak = Math.max(peak, measurement.peakRssBytes);
    if (!best || measurement.wallMs < best.wallMs) best = measurement;
    if (measurement.isTimedOut) break;
  }
  return { ...best!, peakRssBytes: peak };
}

/** Max RSS (KB) and user and system seconds, as `time -f "%M %U %S"` wrote them. */
function readTimeFile(timeFile: string): { maxRssBytes: number; cpuMs: number } {
  try {
    // GNU time writes "Command exited with non-zero status N" before the format line on failure.
    const [maxRssKb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { maxRssBytes: (maxRssKb ?? 0) * 1024 || 0, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 || 0 };
  } catch {
    return { maxRssBytes: 0, cpuMs: 0 };
  }
}

/** Resident memory of a process and all its descendants, from /proc; processes that exit mid-read count as zero. */
function treeRssBytes(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    total += readVmRssBytes(current);
    pending.push(...readChildPids(current));
  }
  return total;
}

function readVmRssBytes(pid: number): number {
  try {
    // "VmRSS:    123456 kB" in /proc/<pid>/status.
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function readChildPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}
