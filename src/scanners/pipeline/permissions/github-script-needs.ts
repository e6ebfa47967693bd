import type { ScopeLevels, TokenScope } from './scopes.ts';
import { mergeLevels } from './scopes.ts';

/** REST groups of the Octokit client to the scopes their endpoints need; issue comments and labels also serve pull requests. */
const groupScopes: Record<string, readonly TokenScope[]> = {
  issues: ['issues', 'pull-requests'],
  pulls: ['pull-requests'],
  reactions: ['issues', 'pull-requests'],
  repos: ['contents'],
  git: ['contents'],
  actions: ['actions'],
  checks: ['checks'],
  packages: ['packages'],
  codeScanning: ['security-events'],
};

/** Method names that only read: get…, list…, check…, compare…, download…. */
// A method name starting with get, list, check, compare or download (Octokit's read verbs).
const readVerb = /^(?:get|list|check|compare|download)/;

/**
 * Any use of the client that is not `github.rest.<group>.<method>` (or paginate over one): raw
 * requests, GraphQL, computed names, or the client handed to another function.
 */
// The identifier `github` not followed by `.rest.`, `.paginate(` or `.paginate.iterator(`.
const otherClientUse = /(?<![\w.$])github\b(?!\.rest\.|\.paginate(?:\.iterator)?\()/g;

/** `github.rest.<group>.<method>` calls. */
// `github.rest.` then the group name, a dot, and the method name.
const restCall = /(?<![\w.$])github\.rest\.(\w+)\.(\w+)/g;

/**
 * The scopes an actions/github-script script uses, when every API call is a `github.rest` method
 * of a known group; undefined when it calls anything else (GraphQL, `github.request`, a required
 * file, a shell command), because those can reach any scope.
 */
export function githubScriptNeeds(script: string): ScopeLevels | undefined {
  // Code the text does not show: other files, child processes, dynamic evaluation.
  if (/\brequire\s*\(|\bimport\s*\(|\bexec\b|\beval\s*\(|\bFunction\s*\(|\bfetch\s*\(|process\.env/.test(script)) return undefined;
  otherClientUse.lastIndex = 0;
  if (otherClientUse.test(script)) return undefined;
  let needs: ScopeLevels = {};
  for (const [, group, method] of script.matchAll(restCall)) {
    const scopes = groupScopes[group!];
    if (!scopes) return undefined;
    const level = readVerb.test(method!) ? 'read' : 'write';
    for (const scope of scopes) needs = mergeLevels(needs, { [scope]: level });
  }
  return needs;
}
