import ignore from 'ignore';
import type { ConfigException } from './config.ts';
import type { Finding, ScanNotice } from './finding.ts';

/** `rampart-ignore: rule-a, rule-b reason…` — ids are kebab-case, the reason is free text. */
const rampartIgnore = /rampart-ignore:\s*([a-z0-9*][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)(.*)$/i;

/**
 * Inline ignore comments of the tools users migrate from. Each yields the ids it names, or '*'
 * for markers that silence every secret on the line (gitleaks, trufflehog, detect-secrets).
 */
const peerIgnoreMarkers: { pattern: RegExp; ids: (match: RegExpExecArray) => string[]; scanner?: string; isSameLineOnly?: boolean }[] = [
  { pattern: /gitleaks:allow/, ids: () => ['*'], scanner: 'secrets' },
  { pattern: /trufflehog:ignore/, ids: () => ['*'], scanner: 'secrets' },
  { pattern: /pragma:\s*allowlist[ -]secret/, ids: () => ['*'], scanner: 'secrets' },
  { pattern: /checkov:skip=([A-Z0-9_]+)/, ids: (m) => [m[1]!] },
  // zizmor reads its ignore comment only on the line of the finding.
  { pattern: /zizmor:\s*ignore\[([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\]/, ids: (m) => m[1]!.split(',').map((id) => id.trim()), isSameLineOnly: true },
  { pattern: /trivy:ignore:([A-Za-z0-9_-]+)/, ids: (m) => [m[1]!] },
  { pattern: /hadolint\s+ignore=([A-Z0-9,]+)/, ids: (m) => m[1]!.split(',') },
  { pattern: /kics-scan\s+ignore-line/, ids: () => ['*'] },
];

export interface InlineSuppression {
  reason: string;
}

/**
 * Looks for an ignore comment for this finding on its line or the line above. `lineText` returns
 * the text of a 1-based line of the scanned file.
 */
export function findInlineSuppression(
  finding: Pick<Finding, 'ruleId' | 'scanner' | 'equivalents'>,
  line: number,
  lineText: (line: number) => string,
): InlineSuppression | undefined {
  // The finding's line, then the one above (no array: this runs for every finding).
  for (let candidate = line; candidate >= line - 1; candidate--) {
    if (candidate < 1) continue;
    const text = lineText(candidate);
    if (!text.includes('ignore') && !text.includes('allow') && !text.includes('skip')) continue;
    const own = rampartIgnore.exec(text);
    if (own) {
      const ids = own[1]!.split(',').map((id) => id.trim());
      if (ids.includes(finding.ruleId) || ids.includes('*')) return { reason: own[2]!.trim() || 'inline rampart-ignore' };
    }
    for (const marker of peerIgnoreMarkers) {
      // Peer markers about a whole line apply only to that line, as in the tools that define them.
      const match = marker.pattern.exec(text);
      if (!match) continue;
      if (marker.scanner && marker.scanner !== finding.scanner) continue;
      const ids = marker.ids(match);
      const isWildcard = ids.includes('*');
      if ((isWildcard || marker.isSameLineOnly) && candidate !== line) continue;
      if (isWildcard || ids.some((id) => finding.equivalents?.includes(id))) return { reason: `inline ${match[0]}` };
    }
  }
  return undefined;
}

export interface ExceptionMatcher {
  match(finding: Finding): ConfigException | undefined;
  notices: ScanNotice[];
}

/** Config exceptions: expired ones stop suppressing, and each expired one is reported once. */
export function buildExceptionMatcher(exceptions: readonly ConfigException[], today: string, configPath: string | undefined, lines: readonly number[]): ExceptionMatcher {
  const notices: ScanNotice[] = [];
  const active = exceptions.flatMap((exception, index) => {
    if (exception.expires < today) {
      notices.push({
        ...(configPath ? { path: configPath } : {}),
        code: 'RAMPART_N_EXCEPTION_EXPIRED',
        message: `exception for "${exception.rule}" (line ${lines[index] ?? '?'}) expired on ${exception.expires} and no longer suppresses: renew it with a new reason or fix the findings`,
      });
      return [];
    }
    const paths = exception.paths?.length ? ignore().add(exception.paths) : undefined;
    return [{ exception, paths }];
  });
  return {
    notices,
    match(finding) {
      for (const { exception, paths } of active) {
        if (exception.rule !== '*' && exception.rule !== finding.ruleId && !finding.equivalents?.includes(exception.rule)) continue;
        if (exception.fingerprint && exception.fingerprint !== finding.fingerprint) continue;
        if (paths && !paths.ignores(finding.location.path)) continue;
        return exception;
      }
      return undefined;
    },
  };
}
