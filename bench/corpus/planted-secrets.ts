import { withBase62Crc32 } from '../../src/scanners/secrets/checksums.ts';
import { isPlaceholder } from '../../src/scanners/secrets/placeholders.ts';
import type { SeededRandom } from './seeded-random.ts';

/** A fake credential written into the corpus, and where; the self-check looks for each one. */
export interface PlantedSecret {
  kind: PlantedKind;
  /** POSIX path relative to the corpus tree root. */
  path: string;
  /** 1-based line where the secret starts. */
  line: number;
}

export type PlantedKind = 'github-token' | 'github-fine-grained-token' | 'aws-key-pair' | 'private-key' | 'generic-password' | 'slack-token' | 'stripe-key' | 'npm-token';

/** Which rampart rule ids should report each kind; kinds with no such rule yet are reported as uncovered. */
export const expectedRuleByKind: Record<PlantedKind, RegExp> = {
  'github-token': /^github-token$/,
  'github-fine-grained-token': /^github-fine-grained-token$/,
  'aws-key-pair': /^aws-access-key-id$/,
  'private-key': /^private-key$/,
  'generic-password': /^generic-secret-assignment$/,
  'slack-token': /slack/,
  'stripe-key': /stripe/,
  'npm-token': /^npm/,
};

export const plantedKinds = Object.keys(expectedRuleByKind) as PlantedKind[];

/** A name and value to assign in a config file's own syntax. */
export interface SecretAssignment {
  name: string;
  value: string;
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base32Upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Draws until the value passes the placeholder heuristics (and any extra test), so every planted secret is findable. */
function realistic(draw: () => string, isAcceptable: (value: string) => boolean = () => true): string {
  for (;;) {
    const value = draw();
    if (!isPlaceholder(value) && isAcceptable(value)) return value;
  }
}

// Lower case, upper case and a digit somewhere: what a generated key always has and a word rarely does.
function hasMixedClasses(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}

/** The assignment lines of one planted kind, first line holding the secret the self-check looks for. */
export function makeAssignments(kind: Exclude<PlantedKind, 'private-key'>, random: SeededRandom): SecretAssignment[] {
  switch (kind) {
    case 'github-token':
      return [{ name: 'github_token', value: `${random.pick(['ghp', 'gho', 'ghs'])}_${withBase62Crc32(random.base62(30))}` }];
    case 'github-fine-grained-token':
      return [{ name: 'gh_deploy_pat', value: `github_pat_${random.base62(22)}_${random.base62(59)}` }];
    case 'aws-key-pair':
      return [
        { name: 'aws_access_key_id', value: realistic(() => `AKIA${random.chars(base32Upper, 16)}`) },
        { name: 'aws_secret_access_key', value: realistic(() => `${random.base62(12)}/${random.chars(base64Alphabet, 19)}+${random.base62(7)}`, hasMixedClasses) },
      ];
    case 'generic-password':
      // Digits early in the value: the generic rule reads letters with a short numeric tail as a word.
      return [{ name: 'db_password', value: realistic(() => random.base62(20), (value) => hasMixedClasses(value) && /[0-9]/.test(value.slice(0, 10))) }];
    case 'slack-token':
      return [{ name: 'slack_bot_token', value: `xoxb-${random.chars('0123456789', 12)}-${random.chars('0123456789', 13)}-${random.base62(24)}` }];
    case 'stripe-key':
      return [{ name: 'stripe_api_key', value: `sk_live_${random.base62(24)}` }];
    case 'npm-token':
      return [{ name: 'npm_auth_token', value: `npm_${withBase62Crc32(random.base62(30))}` }];
  }
}

/** An RSA PEM block of random base64: structurally a private key, cryptographically noise. */
export function makePrivateKeyLines(random: SeededRandom): string[] {
  const body = [];
  for (let i = 0; i < 25; i++) body.push(random.chars(base64Alphabet, 64));
  body.push(`${random.chars(base64Alphabet, 20)}==`);
  return ['-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----'];
}
