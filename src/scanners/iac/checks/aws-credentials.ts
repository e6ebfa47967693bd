/**
 * AWS credentials written into configuration values (user data scripts, environment variables,
 * provider blocks). Deliberately keeps AWS example keys: IaC written with them is still a pattern
 * that ships real keys the same way.
 */
export type CredentialKind = 'access-key-id' | 'secret-access-key' | 'private-key';

export interface CredentialMatch {
  kind: CredentialKind;
  /** Offset of the match in the text, for locating it; the value itself is never kept. */
  index: number;
}

// An access key id: a known key-type prefix (AKIA long-term, ASIA temporary, …) and 16 upper-case letters or digits, not inside a longer token.
const accessKeyId = /(?<![A-Z0-9])(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
// A secret access key: exactly 40 base64 characters standing alone (an `=` before it is an assignment, not padding).
const secretAccessKey = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;
// A PEM private key header line.
const privateKeyHeader = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g;

/** Every AWS credential-looking value in `text`. */
export function findAwsCredentials(text: string): CredentialMatch[] {
  const matches: CredentialMatch[] = [];
  for (const match of text.matchAll(accessKeyId)) matches.push({ kind: 'access-key-id', index: match.index });
  for (const match of text.matchAll(secretAccessKey)) if (looksLikeSecretKey(match[0])) matches.push({ kind: 'secret-access-key', index: match.index });
  for (const match of text.matchAll(privateKeyHeader)) matches.push({ kind: 'private-key', index: match.index });
  return matches.sort((a, b) => a.index - b.index);
}

/** True when the whole value is an access key id (the provider `access_key` argument). */
export function isAccessKeyId(value: string): boolean {
  return findAwsCredentials(value).some((match) => match.kind === 'access-key-id') || /^[A-Z0-9]{20}$/.test(value);
}

/** True when the whole value is shaped like a secret access key (the provider `secret_key` argument). */
export function isSecretAccessKey(value: string): boolean {
  return value.length === 40 && looksLikeSecretKey(value) && /^[A-Za-z0-9/+=]{40}$/.test(value);
}

/**
 * Secret keys are random base64: they mix upper case, lower case and digits. Requiring all three
 * keeps 40-character hex digests (git SHAs, checksums) and words out.
 */
function looksLikeSecretKey(candidate: string): boolean {
  return /[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /[0-9]/.test(candidate);
}
