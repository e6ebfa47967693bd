import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';
import { isStandInPassword, isVendorToken } from '../credential-values.ts';

const minTokenChars = 16;

/**
 * Registry credentials in .npmrc or .yarnrc.yml install private packages and, for most private
 * registries, publish them. Committed files are read by every clone and every CI job.
 */
export const npmrcCredential: SecretRule = {
  id: 'npmrc-credential',
  title: 'npm registry credential in config',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry'],
  equivalents: ['npm-access-token', 'NpmToken', 'Npmrc'],
  description: 'An auth token, base64 user:password (_auth), or base64 password (_password) in .npmrc, or an npmAuthToken / npmAuthIdent in .yarnrc.yml. npm_ and other vendor tokens are reported by their own rules.',
  remediation: 'Revoke the token (or change the password) at the registry, reference it as ${NPM_TOKEN} in .npmrc, and let CI provide the variable.',
  keywords: ['_auth', '_password', 'npmauth'],
  // A registry-scoped or global _authToken/_auth/_password = VALUE, or npmAuthToken/npmAuthIdent: VALUE (optionally quoted).
  pattern: /(?<![A-Za-z0-9])(?<key>_authToken|_auth|_password|npmAuthToken|npmAuthIdent)["']?[ \t]{0,5}[=:][ \t]{0,5}["']?(?<secret>[^\s"'#;]{1,2000})/,
  validate: (secret, groups) => {
    if (isStandInPassword(secret) || isVendorToken(secret)) return false;
    switch (groups.key) {
      case '_auth':
        return isUserColonPassword(decodeBase64(secret));
      case 'npmAuthIdent':
        return isUserColonPassword(secret.includes(':') ? secret : decodeBase64(secret));
      case '_password': {
        const password = decodeBase64(secret);
        return password !== undefined && /^[\x21-\x7e]{3,}$/.test(password) && !isStandInPassword(password);
      }
      default:
        return secret.length >= minTokenChars && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret);
    }
  },
};

/** user:password with both parts present and printable, the password not a stand-in. */
function isUserColonPassword(value: string | undefined): boolean {
  if (value === undefined) return false;
  // Printable, no spaces: "isaacs:not my real password" is prose from a README.
  const match = /^([\x21-\x39\x3b-\x7e]{1,200}):([\x21-\x7e]{3,200})$/.exec(value);
  return match !== null && !isStandInPassword(match[2]!, match[1]);
}
