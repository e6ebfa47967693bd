/**
 * `uses:` patterns of the organisation policy: `owner/repo[/path][@ref]` where `*` matches any
 * run of characters. Without `@` a pattern names actions whatever their ref, and `owner/repo` also
 * covers the actions in its subfolders (`github/codeql-action` covers `github/codeql-action/init`).
 * GitHub owner and repository names are case-insensitive, so matching is too.
 */
export function matchesUsesPattern(pattern: string, uses: string): boolean {
  const { name, ref } = splitUses(uses.trim());
  const patternAt = pattern.indexOf('@');
  const namePattern = patternAt === -1 ? pattern : pattern.slice(0, patternAt);
  if (!wildcardRegex(namePattern, true).test(name)) return false;
  return patternAt === -1 || wildcardRegex(pattern.slice(patternAt + 1), false).test(ref ?? '');
}

export function matchesAnyUsesPattern(patterns: readonly string[] | undefined, uses: string): string | undefined {
  return patterns?.find((pattern) => matchesUsesPattern(pattern, uses));
}

/** `owner/repo/path@ref` split at its last `@`; ref is undefined when there is none. */
export function splitUses(uses: string): { name: string; ref: string | undefined } {
  const at = uses.lastIndexOf('@');
  return at === -1 ? { name: uses, ref: undefined } : { name: uses.slice(0, at), ref: uses.slice(at + 1) };
}

/** Local actions (`./path`) are code of the repository itself, never subject to the allow list. */
export function isLocalUses(uses: string): boolean {
  return uses.trim().startsWith('./');
}

function wildcardRegex(pattern: string, allowSubpath: boolean): RegExp {
  // Every character literal except `*`, which stands for any run of characters.
  const body = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('.*');
  // When subpaths are allowed, the pattern may be followed by `/` and more path segments.
  return new RegExp(`^${body}${allowSubpath ? '(?:/.*)?' : ''}$`, 'i');
}
