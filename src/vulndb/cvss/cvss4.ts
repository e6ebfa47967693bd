/**
 * CVSS v4.0 scores (FIRST specification, section 8: MacroVectors and interpolation).
 *
 * v4.0 has no formula: the six equivalence classes EQ1..EQ6 sort a vector into a MacroVector
 * whose score FIRST publishes (cvss4-macrovector-scores.ts). Inside a MacroVector the score is
 * lowered by how far the vector is from the MacroVector's highest-severity vectors, as a share of
 * the gap to the next lower MacroVector of each class.
 *
 * By default only base metrics count (CVSS-B): threat, environmental and supplemental metrics are
 * validated and then treated as "not defined", which the specification scores as the worst case
 * (E:A, CR/IR/AR:H). `{ metrics: 'all' }` applies the threat metric E and the environmental ones
 * (CVSS-BTE). Supplemental metrics never change a score.
 */
import { parseCvssMetrics } from './parse-metrics.ts';
import { macroVectorScores } from './cvss4-macrovector-scores.ts';

export type Cvss4Result = { version: '4.0'; score: number } | { error: string };
export type Cvss4Options = { readonly metrics?: 'base' | 'all' };

const impact = ['H', 'L', 'N'] as const;
const baseMetrics: Readonly<Record<string, readonly string[]>> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: impact,
  VI: impact,
  VA: impact,
  SC: impact,
  SI: impact,
  SA: impact,
};
const optionalMetrics: Readonly<Record<string, readonly string[]>> = {
  E: ['X', 'A', 'P', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MAT: ['X', 'N', 'P'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'P', 'A'],
  MVC: ['X', ...impact],
  MVI: ['X', ...impact],
  MVA: ['X', ...impact],
  MSC: ['X', ...impact],
  // Only the subsequent system's integrity and availability can be raised to Safety.
  MSI: ['X', 'S', ...impact],
  MSA: ['X', 'S', ...impact],
  S: ['X', 'N', 'P'],
  AU: ['X', 'N', 'Y'],
  R: ['X', 'A', 'U', 'I'],
  V: ['X', 'D', 'C'],
  RE: ['X', 'L', 'M', 'H'],
  U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};

type Metrics = ReadonlyMap<string, string>;

/** Splits `CVSS:4.0/K:V/...` into metrics, rejecting anything the specification does not allow. */
export function parseCvss4(vector: string): { metrics: Metrics } | { error: string } {
  const prefix = 'CVSS:4.0/';
  if (!vector.startsWith(prefix)) return { error: `not a CVSS v4.0 vector (expected it to start with ${prefix}): ${vector}` };
  return parseCvssMetrics(vector, vector.slice(prefix.length), baseMetrics, optionalMetrics);
}

/**
 * The value a metric takes for scoring: a modified (M*) environmental value replaces the base
 * one when set, and undefined threat/requirement metrics count as their worst case.
 */
function effective(metrics: Metrics, key: string, useAll: boolean): string {
  const defined = (name: string): string | undefined => {
    const value = useAll ? metrics.get(name) : undefined;
    return value === 'X' ? undefined : value;
  };
  if (key === 'E') return defined('E') ?? 'A';
  if (key === 'CR' || key === 'IR' || key === 'AR') return defined(key) ?? 'H';
  return defined(`M${key}`) ?? metrics.get(key) ?? '';
}

/** The six equivalence-class levels, in the specification's table 24 definitions. */
function equivalenceClasses(v: (key: string) => string): [number, number, number, number, number, number] {
  const av = v('AV'), pr = v('PR'), ui = v('UI');
  const eq1 = av === 'N' && pr === 'N' && ui === 'N' ? 0 : (av === 'N' || pr === 'N' || ui === 'N') && av !== 'P' ? 1 : 2;
  const eq2 = v('AC') === 'L' && v('AT') === 'N' ? 0 : 1;
  const vc = v('VC'), vi = v('VI'), va = v('VA');
  const eq3 = vc === 'H' && vi === 'H' ? 0 : vc === 'H' || vi === 'H' || va === 'H' ? 1 : 2;
  const eq4 = v('SI') === 'S' || v('SA') === 'S' ? 0 : v('SC') === 'H' || v('SI') === 'H' || v('SA') === 'H' ? 1 : 2;
  const eq5 = { A: 0, P: 1, U: 2 }[v('E')] ?? 0;
  const eq6 = (v('CR') === 'H' && vc === 'H') || (v('IR') === 'H' && vi === 'H') || (v('AR') === 'H' && va === 'H') ? 0 : 1;
  return [eq1, eq2, eq3, eq4, eq5, eq6];
}

// Severity level of each value, 0 = most severe, in steps of one (the specification's 0.1).
const severityStep: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  AV: { N: 0, A: 1, L: 2, P: 3 },
  PR: { N: 0, L: 1, H: 2 },
  UI: { N: 0, P: 1, A: 2 },
  AC: { L: 0, H: 1 },
  AT: { N: 0, P: 1 },
  VC: { H: 0, L: 1, N: 2 },
  VI: { H: 0, L: 1, N: 2 },
  VA: { H: 0, L: 1, N: 2 },
  SC: { H: 1, L: 2, N: 3 },
  SI: { S: 0, H: 1, L: 2, N: 3 },
  SA: { S: 0, H: 1, L: 2, N: 3 },
  CR: { H: 0, M: 1, L: 2 },
  IR: { H: 0, M: 1, L: 2 },
  AR: { H: 0, M: 1, L: 2 },
};

/**
 * Per class and level: the highest-severity vectors of that level (more than one when the
 * level's top is not a single vector) and its depth, the largest severity distance inside it
 * plus one. EQ3 and EQ6 are scored together, keyed "<eq3><eq6>". Specification data.
 */
type Level = { readonly tops: readonly string[]; readonly depth: number };
const eq1Levels: readonly Level[] = [
  { tops: ['AV:N/PR:N/UI:N'], depth: 1 },
  { tops: ['AV:A/PR:N/UI:N', 'AV:N/PR:L/UI:N', 'AV:N/PR:N/UI:P'], depth: 4 },
  { tops: ['AV:P/PR:N/UI:N', 'AV:A/PR:L/UI:P'], depth: 5 },
];
const eq2Levels: readonly Level[] = [
  { tops: ['AC:L/AT:N'], depth: 1 },
  { tops: ['AC:H/AT:N', 'AC:L/AT:P'], depth: 2 },
];
const eq3eq6Levels: Readonly<Record<string, Level>> = {
  '00': { tops: ['VC:H/VI:H/VA:H/CR:H/IR:H/AR:H'], depth: 7 },
  '01': { tops: ['VC:H/VI:H/VA:L/CR:M/IR:M/AR:H', 'VC:H/VI:H/VA:H/CR:M/IR:M/AR:M'], depth: 6 },
  '10': { tops: ['VC:L/VI:H/VA:H/CR:H/IR:H/AR:H', 'VC:H/VI:L/VA:H/CR:H/IR:H/AR:H'], depth: 8 },
  '11': {
    tops: [
      'VC:L/VI:H/VA:L/CR:H/IR:M/AR:H',
      'VC:L/VI:H/VA:H/CR:H/IR:M/AR:M',
      'VC:H/VI:L/VA:H/CR:M/IR:H/AR:M',
      'VC:H/VI:L/VA:L/CR:M/IR:H/AR:H',
      'VC:L/VI:L/VA:H/CR:H/IR:H/AR:M',
    ],
    depth: 8,
  },
  '21': { tops: ['VC:L/VI:L/VA:L/CR:H/IR:H/AR:H'], depth: 10 },
};
const eq4Levels: readonly Level[] = [
  { tops: ['SC:H/SI:S/SA:S'], depth: 6 },
  { tops: ['SC:H/SI:H/SA:H'], depth: 5 },
  { tops: ['SC:L/SI:L/SA:L'], depth: 4 },
];

/**
 * How many severity steps the vector sits below a top vector of its level. The first top the
 * vector does not exceed in any metric is used; if it exceeds every top (which valid vectors do
 * not), the last top is used, as FIRST's reference calculator does.
 */
function distanceFromTop(v: (key: string) => string, tops: readonly string[]): number {
  let distance = 0;
  for (const top of tops) {
    const steps = top.split('/').map((pair) => {
      const [key = '', value = ''] = pair.split(':');
      return (severityStep[key]?.[v(key)] ?? 0) - (severityStep[key]?.[value] ?? 0);
    });
    distance = steps.reduce((sum, step) => sum + step, 0);
    if (steps.every((step) => step >= 0)) break;
  }
  return distance;
}

/** Score of the MacroVector with the given levels, or undefined when no such MacroVector exists. */
function macroScore(levels: readonly number[]): number | undefined {
  return macroVectorScores[levels.join('')];
}

/** The specification's rounding: half up to one decimal, with a small allowance for float noise. */
function roundToTenth(value: number): number {
  return Math.round((value + 1e-6) * 10) / 10;
}

function scoreMetrics(metrics: Metrics, useAll: boolean): number {
  const v = (key: string): string => effective(metrics, key, useAll);
  // No impact on either system: nothing to score, whatever the exploitability.
  if (['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].every((key) => v(key) === 'N')) return 0;
  const eq = equivalenceClasses(v);
  const [eq1, eq2, eq3, eq4, , eq6] = eq;
  const value = macroScore(eq);
  if (value === undefined) return 0; // unreachable: every reachable MacroVector is in the table
  const lowered = (index: number): number[] => eq.map((level, i) => (i === index ? level + 1 : level));

  // The next lower MacroVector for EQ3+EQ6 moves whichever of the two can still move; from 00
  // both can, and the higher-scoring neighbour is the nearer one.
  let eq3eq6Lower: number | undefined;
  if (eq3 === 0 && eq6 === 0) {
    const left = macroScore(lowered(5));
    const right = macroScore(lowered(2));
    eq3eq6Lower = left !== undefined && right !== undefined ? Math.max(left, right) : (left ?? right);
  } else if (eq6 === 0) {
    eq3eq6Lower = macroScore(lowered(5));
  } else {
    eq3eq6Lower = macroScore(lowered(2));
  }

  const eq3eq6Level = eq3eq6Levels[`${eq3}${eq6}`]!;
  const parts: Array<{ lower: number | undefined; distance: number; depth: number }> = [
    { lower: macroScore(lowered(0)), distance: distanceFromTop(v, eq1Levels[eq1]!.tops), depth: eq1Levels[eq1]!.depth },
    { lower: macroScore(lowered(1)), distance: distanceFromTop(v, eq2Levels[eq2]!.tops), depth: eq2Levels[eq2]!.depth },
    { lower: eq3eq6Lower, distance: distanceFromTop(v, eq3eq6Level.tops), depth: eq3eq6Level.depth },
    { lower: macroScore(lowered(3)), distance: distanceFromTop(v, eq4Levels[eq4]!.tops), depth: eq4Levels[eq4]!.depth },
    // EQ5 has a single vector per level, so its distance is always zero, but it still counts.
    { lower: macroScore(lowered(4)), distance: 0, depth: 1 },
  ];
  // Each class with a lower neighbour pulls the score down by its share of the gap; the score
  // drops by the mean pull.
  const existing = parts.filter((part) => part.lower !== undefined);
  const pull = existing.reduce((sum, part) => sum + (value - part.lower!) * (part.distance / part.depth), 0);
  const mean = existing.length === 0 ? 0 : pull / existing.length;
  return roundToTenth(Math.min(10, Math.max(0, value - mean)));
}

/** Parses and scores a CVSS v4.0 vector; errors are returned, never thrown. */
export function scoreCvss4(vector: string, options: Cvss4Options = {}): Cvss4Result {
  const parsed = parseCvss4(vector);
  if ('error' in parsed) return parsed;
  return { version: '4.0', score: scoreMetrics(parsed.metrics, options.metrics === 'all') };
}
