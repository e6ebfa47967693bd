import { readFileSync } from 'node:fs';
import type { CommandSpec } from '../measure.ts';

/**
 * About twenty secret shapes a team might grep for: the baseline of "just run a regex". ripgrep
 * compiles them into one automaton, so this is close to the I/O-bound ceiling for regex scanning.
 */
const secretPatterns = [
  // AWS access key ids: a documented prefix and 16 base32 characters.
  String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b`,
  // GitHub classic, OAuth, app and refresh tokens: gh + type letter + 36 base62 characters.
  String.raw`\bgh[pousr]_[A-Za-z0-9]{36}\b`,
  // GitHub fine-grained tokens: github_pat_, 22 characters, underscore, 59 characters.
  String.raw`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}`,
  // The BEGIN line of a PEM or PGP private key.
  String.raw`-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY`,
  // Slack bot, user, app and refresh tokens.
  String.raw`\bxox[abposr]-[0-9A-Za-z-]{10,}`,
  // Slack incoming webhook URLs.
  String.raw`hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+`,
  // Stripe secret and restricted keys, live or test.
  String.raw`\b[sr]k_(?:live|test)_[0-9A-Za-z]{20,}`,
  // Google API keys: AIza and 35 URL-safe characters.
  String.raw`\bAIza[0-9A-Za-z_-]{35}`,
  // npm access tokens.
  String.raw`\bnpm_[A-Za-z0-9]{36}\b`,
  // GitLab personal access tokens.
  String.raw`\bglpat-[0-9A-Za-z_-]{20}`,
  // SendGrid API keys: SG., 22 characters, dot, 43 characters.
  String.raw`\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}`,
  // Twilio API key sids: SK and 32 hex digits.
  String.raw`\bSK[0-9a-f]{32}\b`,
  // JSON web tokens: two base64url JSON segments starting {" and a signature.
  String.raw`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`,
  // OpenAI keys, which embed the base64 of "OpenAI".
  String.raw`\bsk-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}`,
  // Azure storage connection strings with an account key.
  String.raw`AccountKey=[A-Za-z0-9+/]{86}==`,
  // An AWS secret key: 40 base64 characters assigned to a name with aws and secret in it.
  String.raw`(?i)aws.{0,20}secret.{0,20}[=:]\s*["']?[A-Za-z0-9/+]{40}`,
  // A quoted value of eight or more characters assigned to password, secret, api key or token.
  String.raw`(?i)(?:password|passwd|secret|api_?key|token)["']?\s*[:=]\s*["'][^"'\s]{8,}["']`,
  // Mailgun API keys.
  String.raw`\bkey-[0-9a-f]{32}\b`,
  // Shopify access tokens.
  String.raw`\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`,
  // Databricks personal access tokens.
  String.raw`\bdapi[a-f0-9]{32}\b`,
] as const;

export const ripgrepPatternCount = secretPatterns.length;

/**
 * 'default' is rg as most people call it. 'ascii' turns off Unicode (every pattern here is ASCII,
 * and Unicode word boundaries push rg's DFA onto its slow path on non-ASCII bytes) and gives the
 * lazy DFA a bigger cache so twenty alternatives stop evicting each other: rg at its fastest.
 */
export type RipgrepVariant = 'default' | 'ascii';

const variantFlags: Record<RipgrepVariant, readonly string[]> = {
  default: [],
  ascii: ['--no-unicode', '--dfa-size-limit', '1G'],
};

/** rg over the whole tree, ignoring no file, counting matches per file. */
export function ripgrepSpec(root: string, countsPath: string, variant: RipgrepVariant): CommandSpec {
  return {
    command: 'rg',
    args: [...variantFlags[variant], '--no-ignore', '--hidden', '--count-matches', '--no-messages', ...secretPatterns.flatMap((pattern) => ['-e', pattern]), root],
    stdoutPath: countsPath,
  };
}

/** Sums rg's "path:count" lines. */
export function readRipgrepMatchCount(countsPath: string): number {
  return readFileSync(countsPath, 'utf8')
    .split('\n')
    .reduce((sum, line) => sum + (Number(line.slice(line.lastIndexOf(':') + 1)) || 0), 0);
}
