import type { Severity } from '../../core/severity.ts';
import { scoreCvss3 } from './cvss3.ts';
import { scoreCvss4 } from './cvss4.ts';

export type CvssVersion = '3.0' | '3.1' | '4.0';
/** FIRST's qualitative rating scale, shared by v3.x and v4.0. */
export type CvssRating = 'none' | 'low' | 'medium' | 'high' | 'critical';
export type CvssScore = { version: CvssVersion; score: number; severity: CvssRating; vector: string };

/** 0.0 none, 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical. */
export function cvssRating(score: number): CvssRating {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

/** rampart has no "none": a zero-impact vector is informational, not a finding to fail on. */
export function ratingToSeverity(rating: CvssRating): Severity {
  return rating === 'none' ? 'info' : rating;
}

/**
 * Base score of a CVSS v3.0, v3.1 or v4.0 vector. Only the base score is reported; temporal,
 * threat, environmental and supplemental metrics are validated but ignored. A malformed vector
 * yields `{ error }`, never a guessed score.
 */
export function scoreCvssVector(vector: string): CvssScore | { error: string } {
  const trimmed = vector.trim();
  if (trimmed.startsWith('CVSS:3.')) {
    const result = scoreCvss3(trimmed);
    if ('error' in result) return result;
    return { ...result, severity: cvssRating(result.score), vector: trimmed };
  }
  if (trimmed.startsWith('CVSS:4.')) {
    const result = scoreCvss4(trimmed);
    if ('error' in result) return result;
    return { ...result, severity: cvssRating(result.score), vector: trimmed };
  }
  return { error: `unsupported CVSS vector (expected CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/): ${trimmed}` };
}

/** An OSV `severity[]` entry. */
export type OsvSeverityEntry = { readonly type: string; readonly score: string };

const versionRank: Readonly<Record<CvssVersion, number>> = { '3.0': 0, '3.1': 1, '4.0': 2 };

/**
 * The score a record's severity list stands for: the newest CVSS version present wins (v4.0, then
 * v3.1, then v3.0), because a newer vector is a later, finer assessment of the same flaw, not a
 * second opinion to average. Vectors that fail to parse are skipped; undefined when none scores.
 * Ties within a version keep the first entry, the one the record lists first.
 */
export function pickCvssScore(entries: readonly OsvSeverityEntry[]): CvssScore | undefined {
  let best: CvssScore | undefined;
  for (const entry of entries) {
    if (entry.type !== 'CVSS_V3' && entry.type !== 'CVSS_V4') continue;
    const result = scoreCvssVector(entry.score);
    if ('error' in result) continue;
    if (!best || versionRank[result.version] > versionRank[best.version]) best = result;
  }
  return best;
}
