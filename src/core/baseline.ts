import { readFileSync, writeFileSync } from 'node:fs';
import { RampartError } from './errors.ts';
import type { Finding } from './finding.ts';

export interface BaselineFile {
  rampartBaseline: 1;
  createdAt: string;
  /** One entry per accepted finding; fingerprints ignore line numbers, so edits keep them valid. */
  findings: { fingerprint: string; ruleId: string; path: string }[];
}

export function readBaseline(path: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new RampartError('RAMPART_E_BASELINE', `cannot read baseline ${path}: ${(cause as Error).message}`, {
      file: path,
      hint: 'create one with `rampart scan --write-baseline FILE`',
      cause,
    });
  }
  const baseline = parsed as Partial<BaselineFile>;
  if (baseline?.rampartBaseline !== 1 || !Array.isArray(baseline.findings)) {
    throw new RampartError('RAMPART_E_BASELINE', `${path} is not a rampart baseline (missing "rampartBaseline": 1)`, {
      file: path,
      hint: 'create one with `rampart scan --write-baseline FILE`',
    });
  }
  return new Set(baseline.findings.map((entry) => entry.fingerprint));
}

export function writeBaseline(path: string, findings: readonly Finding[], now: Date): void {
  const file: BaselineFile = {
    rampartBaseline: 1,
    createdAt: now.toISOString(),
    findings: findings.map((finding) => ({ fingerprint: finding.fingerprint, ruleId: finding.ruleId, path: finding.location.path })),
  };
  try {
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  } catch (cause) {
    throw new RampartError('RAMPART_E_OUTPUT', `cannot write baseline ${path}: ${(cause as Error).message}`, { file: path, cause });
  }
}
