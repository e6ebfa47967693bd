/** What a registry's `WWW-Authenticate` header asks for. */
export type AuthChallenge = { scheme: 'basic' } | { scheme: 'bearer'; realm: string; service?: string; scope?: string } | { scheme: 'other'; name: string };

/**
 * Parses `Bearer realm="https://auth.example/token",service="registry",scope="repository:a:pull"`
 * or `Basic realm="…"`. Parameter values may be quoted (with backslash escapes) or bare tokens.
 */
export function parseChallenge(header: string | undefined): AuthChallenge | undefined {
  if (!header) return undefined;
  // The scheme name, then the rest of the header as its parameters.
  const head = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!head) return undefined;
  const name = head[1]!.toLowerCase();
  if (name === 'basic') return { scheme: 'basic' };
  if (name !== 'bearer') return { scheme: 'other', name: head[1]! };
  const parameters = new Map<string, string>();
  // key=value pairs separated by commas; a value is a quoted string (backslash escapes a character) or a bare run of characters up to the next comma.
  const pair = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/gs;
  for (const match of head[2]!.matchAll(pair)) parameters.set(match[1]!.toLowerCase(), match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? ''));
  const realm = parameters.get('realm');
  if (!realm) return { scheme: 'other', name: 'Bearer without realm' };
  const service = parameters.get('service');
  const scope = parameters.get('scope');
  return { scheme: 'bearer', realm, ...(service ? { service } : {}), ...(scope ? { scope } : {}) };
}
