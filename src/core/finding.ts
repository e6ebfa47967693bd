import type { Confidence, Severity } from './severity.ts';

/** Lines and columns are 1-based everywhere in rampart; columns count UTF-16 code units. */
export interface Location {
  path: string;
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  /** Only for findings from git history. */
  commit?: string;
  author?: string;
  date?: string;
  /** Only for findings inside container image layers. */
  layer?: string;
  /** The image history instruction that created the layer. */
  layerCreatedBy?: string;
}

export interface FixEdit {
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** New text; with `resolve`, a template whose placeholders `rampart fix` fills after the lookup. */
  replacement: string;
  /** A fact the rule could not know offline (rules do no I/O); the edit applies only once it is looked up. */
  resolve?: FixResolution;
}

/**
 * The commit a git tag or branch of `repository` points at. Placeholders in the replacement:
 * `{{sha}}` (40 hex digits) and `{{version}}` (the most specific version tag on that commit, or the ref).
 */
export interface GitRefResolution {
  kind: 'git-ref';
  /** `owner/repo` on the git host. */
  repository: string;
  ref: string;
}

export type FixResolution = GitRefResolution;

export interface Fix {
  title: string;
  safety: 'safe' | 'unsafe';
  edits: FixEdit[];
}

export interface PackageRef {
  ecosystem: string;
  name: string;
  version: string;
  purl?: string;
}

/**
 * Whether a fix is available for the installed version: `fixed` (an upgrade clears it),
 * `unfixed` (no fixed version released yet), `wont-fix` (the distribution says it will not ship
 * one), `end-of-life` (the package or release is no longer supported).
 */
export type FixState = 'fixed' | 'unfixed' | 'wont-fix' | 'end-of-life';

export interface VulnerabilityRef {
  id: string;
  aliases?: string[];
  fixedVersions?: string[];
  cvss?: { vector: string; score: number };
  fixState?: FixState;
}

/** What a rule produces: positions inside one file, raw evidence. Core finalizes it. */
export interface FindingDraft {
  ruleId: string;
  message: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** Raw matched text; redacted by core unless the user opted in with --show-secrets. */
  secret?: string;
  /** Content that identifies this occurrence independent of its line (defaults to the secret). */
  fingerprintContent?: string;
  /** Per-occurrence overrides of the rule's metadata (a lone AWS key id is lower than a pair). */
  severity?: Severity;
  confidence?: Confidence;
  fix?: Fix;
  /**
   * Repo-relative path of another file of the same scan target when the finding sits there (a
   * file the scanned one includes or calls, read through `SourceFile.related`); lines then count
   * in that file. Default: the scanned file.
   */
  path?: string;
  /** For findings about a dependency: the package and the advisory, copied to the finding as they are. */
  package?: PackageRef;
  vulnerability?: VulnerabilityRef;
  /**
   * An inline suppression the scanner found itself, where a line-based lookup cannot: a Checkov
   * skip comment anywhere inside a Terraform resource block. The reason is shown with the finding.
   */
  suppressedBy?: string;
}

export interface Finding {
  ruleId: string;
  scanner: string;
  severity: Severity;
  confidence: Confidence;
  title: string;
  message: string;
  location: Location;
  /** Always redacted unless --show-secrets. */
  evidence?: string;
  fingerprint: string;
  equivalents?: readonly string[];
  tags?: readonly string[];
  fix?: Fix;
  package?: PackageRef;
  vulnerability?: VulnerabilityRef;
  /** Set by post-processing when a suppression matched but the finding is kept for reporting. */
  suppressed?: { kind: 'inline' | 'exception' | 'baseline' | 'vex'; reason: string };
}

export interface ScanError {
  path: string;
  line?: number;
  code: string;
  message: string;
}

/** Things the user should know that are not errors (skipped large file, expired exception). */
export interface ScanNotice {
  path?: string;
  code: string;
  message: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  durationMs: number;
  skipped: number;
  byScanner: Record<string, { files: number; findings: number }>;
}

export interface ScanTarget {
  kind: 'directory' | 'file' | 'git' | 'staged' | 'stdin' | 'image' | 'sbom';
  ref: string;
}

/** Checks a rule made: each resource (or part of one) it judged passed, failed, or needed a value that could not be evaluated. */
export interface RuleOutcomeCount {
  pass: number;
  fail: number;
  unknown: number;
}

/** Adds `from` into `into`, rule by rule. */
export function addRuleOutcomes(into: Record<string, RuleOutcomeCount>, from: Readonly<Record<string, RuleOutcomeCount>> | undefined): void {
  if (!from) return;
  for (const ruleId in from) {
    if (!Object.hasOwn(from, ruleId)) continue;
    const count = from[ruleId]!;
    // Own keys only: a rule may be called `constructor` or `toString`.
    const total = Object.hasOwn(into, ruleId) ? into[ruleId]! : (into[ruleId] = { pass: 0, fail: 0, unknown: 0 });
    total.pass += count.pass;
    total.fail += count.fail;
    total.unknown += count.unknown;
  }
}

export interface ScanResult {
  target: ScanTarget;
  findings: Finding[];
  /** Findings silenced by inline comments, exceptions or the baseline; kept for audit output. */
  suppressed: Finding[];
  errors: ScanError[];
  notices: ScanNotice[];
  stats: ScanStats;
  /** Per-rule check counts from scanners that judge resources (iac); empty when none ran. */
  ruleOutcomes?: Record<string, RuleOutcomeCount>;
  /** Set when the user asked for a compliance summary (--compliance). */
  compliance?: ComplianceSummary;
}

/** Per-control results of one compliance framework, from the controls rules are tagged with. */
export interface ComplianceSummary {
  framework: string;
  title: string;
  controls: ComplianceControl[];
  totals: { pass: number; fail: number; notApplicable: number; unknown: number };
}

export interface ComplianceControl {
  /** The control number in the framework (`2.1.1`). */
  id: string;
  /** pass: every judged check passed (or was suppressed); fail: a finding remains; unknown: only undecidable checks; not-applicable: nothing to judge. */
  status: 'pass' | 'fail' | 'unknown' | 'not-applicable';
  rules: string[];
  passed: number;
  failed: number;
  suppressed: number;
  unknown: number;
}
