import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

// Far enough to reach "kty" from "d" inside one JSON Web Key, even an RSA key with its long modulus.
const keyObjectReach = 1500;

/**
 * A JSON Web Key with a "d" member holds the private half of the key (the EC private scalar or
 * the RSA private exponent). Whoever has it can sign tokens the service will trust, or decrypt
 * what was encrypted for it.
 */
export const jwkPrivateKey: SecretRule = {
  id: 'jwk-private-key',
  title: 'Private JSON Web Key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-321', 'CWE-798', 'crypto'],
  equivalents: ['jwk-private-key', 'JWK'],
  description: 'The private member ("d") of a JSON Web Key (RSA, EC or OKP) in a JWKS or key file.',
  remediation: 'Generate a new key pair, publish the new public key in the JWKS, retire the old kid, and keep private keys in a KMS or secret store.',
  keywords: ['"kty"'],
  maxMatchChars: keyObjectReach,
  // "d": then a base64url value of at least 32 characters (a 256-bit EC key or longer).
  pattern: /"d"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[A-Za-z0-9_-]{32,1400})"/,
  skipPlaceholderCheck: true,
  validate: (secret, _groups, { text, matchIndex }) => {
    // A JWK is a flat object: its members lie between the nearest braces around "d".
    const start = text.lastIndexOf('{', matchIndex);
    const end = text.indexOf('}', matchIndex);
    if (start === -1 || end === -1 || matchIndex - start > keyObjectReach || end - matchIndex > keyObjectReach) return false;
    if (!/"kty"[ \t]{0,4}:[ \t]{0,4}"(?:RSA|EC|OKP)"/.test(text.slice(start, end))) return false;
    // Docs write placeholders such as "d": "REDACTED…" or a run of one letter; real keys are random bytes.
    const bytes = decodeBase64(secret);
    return bytes !== undefined && !/(.)\1{7}/.test(secret) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret);
  },
};
