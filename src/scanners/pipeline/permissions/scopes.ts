/** The scopes a `permissions:` block can grant the GITHUB_TOKEN (metadata is always readable). */
export const tokenScopes = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

export type TokenScope = (typeof tokenScopes)[number];

export type AccessLevel = 'read' | 'write';

/** What a step, a job or a `permissions:` block asks for; a missing scope means no access. */
export type ScopeLevels = Partial<Record<TokenScope, AccessLevel>>;

export function isTokenScope(name: string): name is TokenScope {
  return (tokenScopes as readonly string[]).includes(name);
}

/** 0 none, 1 read, 2 write: so levels compare and merge as numbers. */
export function levelRank(level: AccessLevel | 'none' | undefined): number {
  if (level === 'write') return 2;
  if (level === 'read') return 1;
  return 0;
}

/** The larger of two grants per scope. */
export function mergeLevels(into: ScopeLevels, from: ScopeLevels): ScopeLevels {
  const merged: ScopeLevels = { ...into };
  for (const scope of tokenScopes) {
    const level = from[scope];
    if (level && levelRank(level) > levelRank(merged[scope])) merged[scope] = level;
  }
  return merged;
}

/** Scopes in canonical order, for stable messages and generated blocks. */
export function orderedScopes(levels: ScopeLevels): [TokenScope, AccessLevel][] {
  return tokenScopes.flatMap((scope) => (levels[scope] ? [[scope, levels[scope]] as [TokenScope, AccessLevel]] : []));
}

/** `read-all` and `write-all` spelled out as scope levels. */
export function allScopes(level: AccessLevel): ScopeLevels {
  return Object.fromEntries(tokenScopes.map((scope) => [scope, scope === 'id-token' && level === 'read' ? undefined : level]).filter(([, value]) => value)) as ScopeLevels;
}
