import { createRequire } from 'node:module';
import type { FindingDraft } from '../../core/finding.ts';
import type { CustomSecretRuleConfig, SecretsConfig } from '../../core/config.ts';
import { translateNamedGroups } from '../../core/config.ts';
import { shannonEntropy } from './entropy.ts';
import { LineIndex } from './line-index.ts';
import { KeywordMatcher, type KeywordHits } from './keyword-matcher.ts';
import { isPlaceholder } from './placeholders.ts';
import type { SecretRule } from './secret-rule.ts';

const require = createRequire(import.meta.url);

interface RawMatch {
  secret: string;
  /** Offset of the secret in the scanned text. */
  index: number;
  /** Offset of the whole match. */
  matchIndex: number;
  groups: Record<string, string | undefined>;
}

/** A rule ready to run: built-in JS regexes and RE2 custom patterns share this shape. */
interface CompiledRule {
  rule: SecretRule;
  /** Matches in the whole text, or only in the given [start, end) windows when there are any. */
  matches(text: string, windows?: readonly Window[]): Iterable<RawMatch>;
  allowlist: ((secret: string) => boolean)[];
  /** Indexes of this rule's keywords in the engine's keyword matcher. */
  keywordIndexes: number[];
}

type Window = readonly [start: number, end: number];

/** Below this size a file is scanned whole by every active rule: windows would save nothing. */
const smallTextChars = 64 * 1024;
const defaultMaxMatchChars = 1024;

interface Candidate {
  compiled: CompiledRule;
  secret: string;
  index: number;
  matchIndex: number;
  groups: Record<string, string | undefined>;
}

export class SecretEngine {
  private readonly compiled: CompiledRule[];
  private readonly keywordMatcher: KeywordMatcher;
  /** Rules to run when the keyword at the same index is present. */
  private readonly rulesByKeyword: CompiledRule[][];
  private readonly keywordlessRules: CompiledRule[] = [];
  private readonly globalAllowlist: ((secret: string) => boolean)[];

  constructor(builtIn: readonly SecretRule[], config: SecretsConfig = {}) {
    const disabled = new Set(config.disable ?? []);
    const custom = (config.rules ?? []).map(compileCustomRule);
    this.compiled = [...builtIn.filter((rule) => !disabled.has(rule.id)).map(compileBuiltInRule), ...custom];
    this.globalAllowlist = (config.allowlist?.values ?? []).map(compileRe2Predicate);
    const byKeyword = new Map<string, CompiledRule[]>();
    for (const compiled of this.compiled) {
      if (compiled.rule.keywords.length === 0) this.keywordlessRules.push(compiled);
      for (const keyword of compiled.rule.keywords) {
        const key = keyword.toLowerCase();
        byKeyword.set(key, [...(byKeyword.get(key) ?? []), compiled]);
      }
    }
    const keywords = [...byKeyword.keys()];
    this.keywordMatcher = new KeywordMatcher(keywords);
    this.rulesByKeyword = [...byKeyword.values()];
    for (const compiled of this.compiled) compiled.keywordIndexes = compiled.rule.keywords.map((keyword) => keywords.indexOf(keyword.toLowerCase()));
  }

  get rules(): readonly SecretRule[] {
    return this.compiled.map((compiled) => compiled.rule);
  }

  /** Finds secrets in one text. Positions are relative to the text. */
  scan(text: string, path: string): FindingDraft[] {
    const hits = this.keywordMatcher.findHits(text);
    const active = this.activeRules(hits).filter((compiled) => !compiled.rule.appliesTo || compiled.rule.appliesTo.test(path));
    if (active.length === 0) return [];
    const candidates: Candidate[] = [];
    // Spans a vendor rule recognised but rejected (bad checksum, placeholder): not secrets, so
    // generic rules must not report them either.
    const rejected: Candidate[] = [];
    for (const compiled of active) {
      for (const match of compiled.matches(text, searchWindows(compiled, text.length, hits, this.keywordMatcher.keywords))) {
        const candidate: Candidate = { compiled, ...match };
        if (this.accepts(compiled, match, path, text)) candidates.push(candidate);
        else if (!compiled.rule.isGeneric) rejected.push(candidate);
      }
    }
    return this.toDrafts(text, dropShadowedCandidates(candidates, rejected));
  }

  /** Keyword prefilter: one pass over the text decides which rules run at all. */
  private activeRules(hits: KeywordHits): CompiledRule[] {
    const active = new Set<CompiledRule>(this.keywordlessRules);
    for (const index of [...hits.positions.keys(), ...hits.dense]) for (const compiled of this.rulesByKeyword[index]!) active.add(compiled);
    return [...active];
  }

  private accepts(compiled: CompiledRule, match: RawMatch, path: string, text: string): boolean {
    const { rule } = compiled;
    const { secret } = match;
    if (secret.length === 0) return false;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
    if (!rule.skipPlaceholderCheck && isPlaceholder(secret)) return false;
    if (rule.validate && !rule.validate(secret, match.groups, { path, text, matchIndex: match.matchIndex })) return false;
    if (compiled.allowlist.some((allowed) => allowed(secret))) return false;
    if (this.globalAllowlist.some((allowed) => allowed(secret))) return false;
    return true;
  }

  private toDrafts(text: string, candidates: Candidate[]): FindingDraft[] {
    const lines = new LineIndex(text);
    return candidates.map(({ compiled, secret, index, matchIndex, groups }) => {
      const start = lines.position(index);
      const end = lines.position(index + secret.length);
      const refined = compiled.rule.refine?.(secret, { text, index, matchIndex, groups });
      const draft: FindingDraft = {
        ruleId: compiled.rule.id,
        message: refined?.message ?? `${compiled.rule.title} found`,
        startLine: start.line,
        startColumn: start.column,
        endLine: end.line,
        endColumn: end.column,
        secret,
      };
      if (refined?.severity) draft.severity = refined.severity;
      if (refined?.confidence) draft.confidence = refined.confidence;
      return draft;
    });
  }
}

/**
 * Where to run a rule in a large text: windows around its keyword occurrences, merged. Undefined
 * means the whole text (small file, file-scoped keywords, a keyword too frequent to track, or
 * windows that would cover most of the text anyway).
 */
function searchWindows(compiled: CompiledRule, textLength: number, hits: KeywordHits, keywords: readonly string[]): Window[] | undefined {
  const { rule } = compiled;
  if (textLength <= smallTextChars || rule.keywordScope === 'file' || compiled.keywordIndexes.length === 0) return undefined;
  const reach = rule.maxMatchChars ?? defaultMaxMatchChars;
  const windows: [number, number][] = [];
  for (const index of compiled.keywordIndexes) {
    if (hits.dense.has(index)) return undefined;
    const keywordLength = keywords[index]!.length;
    for (const end of hits.positions.get(index) ?? []) windows.push([Math.max(0, end - keywordLength - reach), Math.min(textLength, end + reach)]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let covered = 0;
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push(window);
  }
  for (const [start, end] of merged) covered += end - start;
  return covered * 2 > textLength ? undefined : merged;
}

/**
 * One secret is reported once: the same span from the same rule collapses, and a generic rule
 * gives way when a specific rule matched overlapping text.
 */
function dropShadowedCandidates(candidates: Candidate[], rejected: Candidate[]): Candidate[] {
  const specific = [...rejected, ...candidates.filter((candidate) => !candidate.compiled.rule.isGeneric)];
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const key = `${candidate.compiled.rule.id}\0${candidate.index}\0${candidate.secret.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (candidate.compiled.rule.isGeneric && specific.some((other) => overlaps(candidate, other))) continue;
    if (candidates.some((other) => other.compiled.rule.supersedes?.includes(candidate.compiled.rule.id) && overlaps(candidate, other))) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index || a.compiled.rule.id.localeCompare(b.compiled.rule.id));
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.index < b.index + b.secret.length && b.index < a.index + a.secret.length;
}

function compileBuiltInRule(rule: SecretRule): CompiledRule {
  const flags = rule.pattern.flags.replace(/[gy]/g, '');
  const global = new RegExp(rule.pattern.source, `${flags}g`);
  // Confirms a match found in a window against the whole text, so lookarounds see past the window's edges.
  const sticky = new RegExp(rule.pattern.source, `${flags}y`);
  const secretGroups = rule.secretGroups ?? ['secret'];
  const toRawMatch = (match: RegExpExecArray, index: number): RawMatch => {
    const groups = match.groups ?? {};
    const secret = secretGroups.map((name) => groups[name]).find((value) => value !== undefined) ?? match[0];
    // The secret group is the tail of most patterns; search from the end so a repeated prefix cannot mislead.
    const offsetInMatch = match[0].lastIndexOf(secret);
    return { secret, index: index + Math.max(0, offsetInMatch), matchIndex: index, groups };
  };
  function* matchesIn(text: string, offset: number, fullText: string): Generator<RawMatch> {
    global.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = global.exec(text)) !== null) {
      if (match[0].length === 0) {
        global.lastIndex++;
        continue;
      }
      if (offset === 0 && text === fullText) {
        yield toRawMatch(match, match.index);
        continue;
      }
      sticky.lastIndex = offset + match.index;
      const confirmed = sticky.exec(fullText);
      if (confirmed) yield toRawMatch(confirmed, offset + match.index);
    }
  }
  return {
    rule,
    allowlist: [],
    keywordIndexes: [],
    *matches(text, windows) {
      if (!windows) {
        yield* matchesIn(text, 0, text);
        return;
      }
      for (const [start, end] of windows) yield* matchesIn(text.slice(start, end), start, text);
    },
  };
}

type Re2Module = typeof import('re2js');

function loadRe2(): Re2Module['RE2JS'] {
  return (require('re2js') as Re2Module).RE2JS;
}

function compileRe2Predicate(source: string): (value: string) => boolean {
  const compiled = loadRe2().compile(translateNamedGroups(source));
  return (value) => compiled.matcher(value).find();
}

/** Custom rules come from users, so they run on RE2: linear time whatever the pattern. */
function compileCustomRule(config: CustomSecretRuleConfig): CompiledRule {
  const RE2JS = loadRe2();
  const compiled = RE2JS.compile(translateNamedGroups(config.pattern));
  const hasSecretGroup = /\(\?P?<secret>/.test(config.pattern);
  const rule: SecretRule = {
    id: config.id,
    title: config.title ?? config.id,
    severity: config.severity ?? 'high',
    confidence: config.confidence ?? 'medium',
    description: config.description ?? 'Custom secret rule from the rampart config file.',
    remediation: config.remediation ?? 'Revoke the credential, remove it from the code, and load it from a secret store at run time.',
    tags: ['CWE-798', 'custom'],
    keywords: (config.keywords ?? []).map((keyword) => keyword.toLowerCase()),
    pattern: /(?!)/,
    ...(config.entropy !== undefined ? { minEntropy: config.entropy } : {}),
    skipPlaceholderCheck: false,
  };
  return {
    rule,
    allowlist: (config.allowlist ?? []).map(compileRe2Predicate),
    keywordIndexes: [],
    // RE2 is linear already; custom rules always scan the whole text.
    *matches(text: string) {
      const matcher = compiled.matcher(text);
      while (matcher.find()) {
        const secret = (hasSecretGroup ? matcher.group('secret') : matcher.group()) ?? '';
        const index = hasSecretGroup ? matcher.start('secret') : matcher.start();
        if (secret.length > 0) yield { secret, index, matchIndex: matcher.start(), groups: {} };
      }
    },
  };
}
