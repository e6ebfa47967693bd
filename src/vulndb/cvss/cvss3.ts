/**
 * CVSS v3.0 / v3.1 base scores (FIRST specification, section 7 formulas and appendix A Roundup).
 *
 * Only the base score is computed: temporal and environmental metrics are parsed and validated
 * (so a malformed vector is still rejected) but do not change the result, because an advisory's
 * temporal/environmental values describe someone else's deployment, not ours.
 */

import { parseCvssMetrics } from './parse-metrics.ts';

export type Cvss3Version = '3.0' | '3.1';
export type Cvss3Result = { version: Cvss3Version; score: number } | { error: string };

// Every metric the specification defines, with its allowed values. Base metrics come first.
const baseMetrics: Readonly<Record<string, readonly string[]>> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};
const optionalMetrics: Readonly<Record<string, readonly string[]>> = {
  E: ['X', 'H', 'F', 'P', 'U'],
  RL: ['X', 'U', 'W', 'T', 'O'],
  RC: ['X', 'C', 'R', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'H', 'L', 'N'],
  MI: ['X', 'H', 'L', 'N'],
  MA: ['X', 'H', 'L', 'N'],
};

const attackVector: Readonly<Record<string, number>> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const attackComplexity: Readonly<Record<string, number>> = { L: 0.77, H: 0.44 };
const userInteraction: Readonly<Record<string, number>> = { N: 0.85, R: 0.62 };
const impactWeight: Readonly<Record<string, number>> = { H: 0.56, L: 0.22, N: 0 };
// Privileges weigh more when the attack escapes its scope: a foothold there is worth more.
const privilegesUnchanged: Readonly<Record<string, number>> = { N: 0.85, L: 0.62, H: 0.27 };
const privilegesChanged: Readonly<Record<string, number>> = { N: 0.85, L: 0.68, H: 0.5 };

/** Splits `CVSS:3.x/K:V/...` into metrics, rejecting anything the specification does not allow. */
export function parseCvss3(vector: string): { version: Cvss3Version; metrics: Map<string, string> } | { error: string } {
  // The version prefix: exactly "CVSS:3.0/" or "CVSS:3.1/".
  const prefix = /^CVSS:3\.([01])\//.exec(vector);
  if (!prefix) return { error: `not a CVSS v3.0/v3.1 vector (expected it to start with CVSS:3.0/ or CVSS:3.1/): ${vector}` };
  const version: Cvss3Version = prefix[1] === '0' ? '3.0' : '3.1';
  const parsed = parseCvssMetrics(vector, vector.slice(prefix[0].length), baseMetrics, optionalMetrics);
  if ('error' in parsed) return parsed;
  return { version, metrics: parsed.metrics };
}

/**
 * v3.1 Roundup: the smallest one-decimal number >= input. It works on integers scaled by 100,000
 * so that a value like 4.000000000000001 (float noise from the multiplications) rounds to 4.0,
 * not 4.1.
 */
export function roundup31(input: number): number {
  const scaled = Math.round(input * 100_000);
  if (scaled % 10_000 === 0) return scaled / 100_000;
  return (Math.floor(scaled / 10_000) + 1) / 10;
}

/** v3.0 rounds up with a plain ceiling to one decimal, float noise included. */
export function roundup30(input: number): number {
  return Math.ceil(input * 10) / 10;
}

/** Base score of a parsed v3 vector (all base metrics present and valid). */
function baseScore(version: Cvss3Version, m: Map<string, string>): number {
  const get = (key: string): string => m.get(key) ?? '';
  const changed = get('S') === 'C';
  const roundup = version === '3.1' ? roundup31 : roundup30;
  const iss = 1 - (1 - impactWeight[get('C')]!) * (1 - impactWeight[get('I')]!) * (1 - impactWeight[get('A')]!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const privileges = (changed ? privilegesChanged : privilegesUnchanged)[get('PR')]!;
  const exploitability = 8.22 * attackVector[get('AV')]! * attackComplexity[get('AC')]! * privileges * userInteraction[get('UI')]!;
  if (impact <= 0) return 0;
  return changed ? roundup(Math.min(1.08 * (impact + exploitability), 10)) : roundup(Math.min(impact + exploitability, 10));
}

/** Parses and scores a CVSS v3.0/v3.1 vector; errors are returned, never thrown. */
export function scoreCvss3(vector: string): Cvss3Result {
  const parsed = parseCvss3(vector);
  if ('error' in parsed) return parsed;
  return { version: parsed.version, score: baseScore(parsed.version, parsed.metrics) };
}
