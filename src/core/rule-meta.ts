import type { Confidence, Severity } from './severity.ts';

export interface RuleMeta {
  /** kebab-case; equals the rule's file name, fixture folder, docs anchor and suppression token. */
  id: string;
  /** Short noun phrase for tables. */
  title: string;
  severity: Severity;
  /** How sure a match is a real problem. */
  confidence: Confidence;
  /** 'CWE-798', 'CIS-AWS-2.1.1', 'least-privilege' … */
  tags?: readonly string[];
  /** Ids of the same check in tools users migrate from (gitleaks, trufflehog, Checkov, zizmor …). */
  equivalents?: readonly string[];
  /** Why this matters, for users; rendered into docs and SARIF help. */
  description: string;
  /** What to do about a finding. */
  remediation: string;
}
