import type { SecretRule } from '../secret-rule.ts';
import { shannonEntropy } from '../entropy.ts';
import { isStandInPassword, isVendorToken } from '../credential-values.ts';

// Hex tokens carry at most 4 bits a character; 3.0 still rules out typed words and repeats.
const minTokenEntropy = 3.0;

/**
 * A token or password written into an Authorization header (in a curl command, a REST client
 * file, a test or an HTTP client call) is a working login for whoever reads the code. Tokens
 * with a vendor format are left to their own rules, which give better advice.
 */
export const authorizationHeader: SecretRule = {
  id: 'authorization-header',
  title: 'Credential in an Authorization header',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'CWE-522'],
  equivalents: ['authorization-header', 'curl-auth-header', 'BasicAuth'],
  description: 'A literal Bearer or Token credential, or Basic base64 user:password, in an Authorization header (HTTP files, curl -H, header maps in code).',
  remediation: 'Revoke the token or change the password, then pass the header value from an environment variable or a secret store at run time.',
  keywords: ['authorization'],
  // Vendor rules that match the same token report it with better advice.
  isGeneric: true,
  // The header name, an optional closing quote, ':' '=' or ',' (header maps and Set("Authorization", …)),
  // an optional opening quote, the scheme, then the credential running to the end of its token.
  pattern: /Authorization["']?[ \t]{0,4}[:=,][ \t]{0,4}["'\x60]?(?<scheme>Bearer|Basic|Token)[ \t]{1,4}(?<secret>[A-Za-z0-9._~+/=-]{16,2000})(?![A-Za-z0-9._~+/=$-])/i,
  validate: (secret, groups) => {
    if (isVendorToken(secret)) return false;
    if (groups.scheme?.toLowerCase() === 'basic') return isBasicCredential(secret);
    // "Bearer test_bearer_token_2": a label written by hand, not an issued token.
    if (/(?:^|[_.-])(?:test|dummy|fake|mock|example|sample|token|bearer)(?:[_.-]|\d*$)/i.test(secret)) return false;
    return /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && shannonEntropy(secret) >= minTokenEntropy;
  },
};

/** Basic credentials are base64 of user:password; the password must not be a stand-in. */
function isBasicCredential(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const user = decoded.slice(0, separator);
  const password = decoded.slice(separator + 1);
  return password.length >= 6 && !isStandInPassword(password, user) && !/^(?:user(?:name)?|client[_-]?id)$/i.test(user);
}
