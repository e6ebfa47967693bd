import type { Confidence, Severity } from '../../core/severity.ts';
import type { RuleMeta } from '../../core/rule-meta.ts';

/**
 * A secret rule is a declaration run by the one engine (engine.ts). The pattern must name the
 * secret with a `secret` capture group, or the whole match is the secret.
 */
export interface SecretRule extends RuleMeta {
  /**
   * Lowercase literals; the pattern runs only on files that contain at least one (case-insensitive).
   * Pick the rarest literal every match contains, e.g. the vendor prefix.
   */
  keywords: readonly string[];
  /**
   * Only files whose repo-relative path matches are scanned by this rule (.pypirc, .netrc). A rule
   * that does not apply to a file never sees it, so it cannot shadow a generic finding there.
   */
  appliesTo?: RegExp;
  /**
   * 'match' (default): every match contains one of the keywords, so in large files the pattern
   * runs only in windows around keyword occurrences. 'file': a keyword anywhere in the file is
   * context for matches elsewhere (a file mentioning "aws" makes `secret_key = …` an AWS key),
   * so the pattern always runs over the whole text. The rules test checks which applies.
   */
  keywordScope?: 'match' | 'file';
  /** Longest text a match can span, in characters; windows reach this far around a keyword. Default 1024. */
  maxMatchChars?: number;
  /** Written for linear-time matching: bounded quantifiers, no nested repetition. */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /**
   * Extra check on the secret (checksum, structure). Returning false drops the match.
   * `groups` are the pattern's named groups.
   */
  validate?: (secret: string, groups: Record<string, string | undefined>, context: MatchContext) => boolean;
  /** Named groups that may hold the secret, first present wins; defaults to ['secret']. */
  secretGroups?: readonly string[];
  /**
   * Generic rules (keyword + entropy) give way to a specific rule that matched the same text,
   * and skip values that look like code rather than data.
   */
  isGeneric?: boolean;
  /**
   * Vendor formats with a fixed random body skip the placeholder heuristics that would reject
   * them by accident; defaults to false (heuristics apply).
   */
  skipPlaceholderCheck?: boolean;
  /**
   * Rule ids this rule replaces when both match overlapping text: a GCP service-account key is
   * one finding with GCP advice, not also a bare "private key".
   */
  supersedes?: readonly string[];
  /** Per-match overrides, e.g. a lone AWS key id without its secret is lower severity. */
  refine?: (secret: string, context: RefineContext) => { severity?: Severity; confidence?: Confidence; message?: string } | undefined;
}

export interface MatchContext {
  /** Repo-relative path of the scanned file (some syntaxes mean different things in code). */
  path: string;
  /** Full text and the offset where the whole match starts, for looking just before it. */
  text: string;
  matchIndex: number;
}

export interface RefineContext {
  /** Full file text, for pairing (id near a secret). */
  text: string;
  /** Offset of the secret inside the text. */
  index: number;
  /** Offset of the whole match, and the pattern's named groups. */
  matchIndex: number;
  groups: Record<string, string | undefined>;
}
