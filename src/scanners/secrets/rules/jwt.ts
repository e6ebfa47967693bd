import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

// The signature of the sample token on jwt.io, pasted into countless tests and docs.
const jwtIoSampleSignatures = new Set(['SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c']);

type Claims = Record<string, unknown>;

// Claims that make a token stand for someone; a payload without any is a docs or test value.
const identityClaims = ['sub', 'iss', 'aud', 'azp', 'client_id', 'role', 'email', 'uid', 'user_id', 'scope'];

/**
 * A signed JSON Web Token is a bearer credential: whoever holds it is the subject it names until
 * it expires. Most JWTs in code are short-lived test fixtures, so the finding is low severity
 * unless the claims show a long-lived or privileged credential (a Supabase service_role key, a
 * Kubernetes service account token, or a token without expiry).
 */
export const jwt: SecretRule = {
  id: 'jwt',
  title: 'JSON Web Token',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-798', 'token'],
  equivalents: ['jwt', 'JWT', 'CKV_SECRET_9'],
  description: 'A signed JWT: three base64url parts whose header decodes to JSON with a signing algorithm (alg "none", the jwt.io sample and publishable Supabase anon keys are ignored). Severity follows the claims.',
  remediation: 'Revoke what the token stands for (rotate the signing key, the Supabase key or the service account token), and load tokens at run time instead of committing them.',
  keywords: ['eyj'],
  // header.payload.signature, header and payload starting with eyJ (base64 of '{"').
  pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/,
  skipPlaceholderCheck: true,
  validate: (secret) => {
    const [header, payload, signature] = secret.split('.');
    const headerJson = parseJsonObject(header);
    const claims = parseJsonObject(payload);
    if (!headerJson || !claims) return false;
    const algorithm = headerJson.alg;
    if (typeof algorithm !== 'string' || algorithm.toLowerCase() === 'none') return false;
    if (jwtIoSampleSignatures.has(signature ?? '') || isTextSignature(signature ?? '')) return false;
    if (claims.sub === '1234567890' && claims.name === 'John Doe') return false;
    // Supabase anon keys ship in every browser bundle by design: publishable, like Stripe's pk_.
    return !isSupabaseAnonKey(claims);
  },
  refine: (secret) => {
    const claims = parseJsonObject(secret.split('.')[1]) ?? {};
    if (claims.role === 'service_role') return { severity: 'critical', confidence: 'high', message: 'Supabase service_role JWT found (bypasses row-level security)' };
    if (isKubernetesServiceAccount(claims)) return { severity: 'high', confidence: 'high', message: 'Kubernetes service account token found' };
    if (claims.exp === undefined && identityClaims.some((claim) => claim in claims)) return { severity: 'medium', message: 'JWT without an expiry (exp) claim found' };
    return undefined;
  },
};

function parseJsonObject(part: string | undefined): Claims | undefined {
  const decoded = part === undefined ? undefined : decodeBase64(part);
  if (decoded === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(decoded);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Claims) : undefined;
  } catch {
    return undefined;
  }
}

function isSupabaseAnonKey(claims: Claims): boolean {
  return claims.role === 'anon' && typeof claims.iss === 'string' && claims.iss.includes('supabase');
}

function isKubernetesServiceAccount(claims: Claims): boolean {
  return claims.iss === 'kubernetes/serviceaccount' || typeof claims['kubernetes.io'] === 'object' || typeof claims['kubernetes.io/serviceaccount/namespace'] === 'string';
}

/** A signature that decodes to readable text ("signaturesignature…") was typed, not computed. */
function isTextSignature(signature: string): boolean {
  const bytes = Buffer.from(signature, 'base64url');
  return bytes.length >= 8 && bytes.every((byte) => byte >= 0x20 && byte <= 0x7e);
}
