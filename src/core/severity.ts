export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export type Confidence = 'low' | 'medium' | 'high';

export const severities = ['info', 'low', 'medium', 'high', 'critical'] as const satisfies readonly Severity[];
export const confidences = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

/** Higher number = more severe; used for --fail-on and sorting. */
export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}

/** Higher number = surer; used for --min-confidence. */
export function confidenceRank(confidence: Confidence): number {
  return confidences.indexOf(confidence);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (severities as readonly string[]).includes(value);
}
