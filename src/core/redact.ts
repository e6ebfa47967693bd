/**
 * The one place secrets become printable. Shows a short prefix (enough to recognise the
 * token type, never enough to use it) and the length.
 */
export function redact(secret: string): string {
  const visible = visiblePrefixLength(secret);
  return `${secret.slice(0, visible)}…(${secret.length})`;
}

function visiblePrefixLength(secret: string): number {
  if (secret.length <= 8) return 0;
  // A known vendor prefix such as "ghp_" or "xoxb-" identifies the type without leaking entropy.
  const vendorPrefix = /^[A-Za-z]{2,12}[_-]/.exec(secret);
  if (vendorPrefix && vendorPrefix[0].length <= secret.length / 3) return vendorPrefix[0].length;
  return Math.min(4, Math.floor(secret.length / 8));
}

/** Replaces every occurrence of each secret inside a longer text (e.g. a matched line). */
export function redactWithin(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    result = result.split(secret).join(redact(secret));
  }
  return result;
}
