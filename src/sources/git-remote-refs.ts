import { tmpdir } from 'node:os';
import { RampartError } from '../core/errors.ts';
import { collectStderr, gitComplaint, gitSpawnError, spawnGit, type GitEnv } from './git-command.ts';

export const defaultGitBaseUrl = 'https://github.com/';

/** Where a ref points; structurally the GitRefTarget that src/fix expects. */
export interface RemoteRefTarget {
  sha: string;
  version: string;
  kind: 'tag' | 'branch';
}

export interface RemoteRefResolverOptions {
  /** `https://github.com/`: repositories are `<baseUrl><owner>/<repo>`. */
  baseUrl: string;
  env: GitEnv;
  timeoutMs?: number;
}

interface RemoteRefs {
  /** Tag name → commit (annotated tags peeled). */
  tags: Map<string, string>;
  branches: Map<string, string>;
}

// An owner/repo pair of GitHub-style names: letters, digits, dot, dash and underscore, not starting with a dot or dash.
const repositoryName = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// A version tag: optional v, then dot-separated numbers (v4, v4.2, 4.2.2).
const versionTag = /^v?\d+(?:\.\d+)*$/;
// A line of ls-remote output: 40 hex digits, a tab, the ref name.
const lsRemoteLine = /^([0-9a-f]{40})\t(refs\/(?:tags|heads)\/.+)$/;

/** Checks a base URL once, so every later lookup goes to that one host over one protocol. */
export function parseGitBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.endsWith('/') ? value : `${value}/`);
  } catch {
    throw new RampartError('RAMPART_E_USAGE', `--git-base-url "${value}" is not a URL`, { hint: `for example ${defaultGitBaseUrl} or file:///srv/mirrors/` });
  }
  if (!['https:', 'http:', 'ssh:', 'file:'].includes(url.protocol)) {
    throw new RampartError('RAMPART_E_USAGE', `--git-base-url must use https, http, ssh or file, got "${url.protocol}"`, { hint: `for example ${defaultGitBaseUrl}` });
  }
  if (url.search || url.hash) throw new RampartError('RAMPART_E_USAGE', `--git-base-url "${value}" must not have a query or fragment`, { hint: `for example ${defaultGitBaseUrl}` });
  return url;
}

/**
 * Resolves action refs with `git ls-remote --tags --heads`, once per repository. Git may talk only
 * the base URL's protocol and may not follow redirects, so the only host contacted is the one named.
 */
export function createRemoteRefResolver(options: RemoteRefResolverOptions): { resolve(repository: string, ref: string): Promise<RemoteRefTarget | undefined> } {
  const baseUrl = parseGitBaseUrl(options.baseUrl);
  const cache = new Map<string, Promise<RemoteRefs>>();
  return {
    async resolve(repository, ref) {
      if (!repositoryName.test(repository)) throw new Error(`"${repository}" is not an owner/repo name`);
      const key = repository.toLowerCase();
      let refs = cache.get(key);
      if (!refs) {
        refs = listRemoteRefs(new URL(repository, baseUrl).href, baseUrl.protocol.slice(0, -1), options);
        cache.set(key, refs);
      }
      return pickTarget(await refs, ref);
    },
  };
}

/** Git's own precedence for a short name: a tag before a branch. */
export function pickTarget(refs: RemoteRefs, ref: string): RemoteRefTarget | undefined {
  const tagged = refs.tags.get(ref);
  if (tagged) return { sha: tagged, version: mostSpecificVersion(refs, tagged, ref), kind: 'tag' };
  const branch = refs.branches.get(ref);
  if (branch) return { sha: branch, version: ref, kind: 'branch' };
  return undefined;
}

/** Among version tags on the same commit, the one with the most parts (`v4` → `v4.2.2`), preferring those that extend the ref. */
function mostSpecificVersion(refs: RemoteRefs, sha: string, ref: string): string {
  const candidates = [...refs.tags].filter(([name, target]) => target === sha && versionTag.test(name)).map(([name]) => name);
  const extending = candidates.filter((name) => name === ref || name.startsWith(`${ref}.`));
  const pool = extending.length > 0 ? extending : candidates;
  const parts = (name: string) => name.split('.').length;
  const [best] = pool.sort((a, b) => parts(b) - parts(a) || b.localeCompare(a, 'en', { numeric: true }));
  return best ?? ref;
}

/** Parses ls-remote output; `^{}` lines carry the commit an annotated tag points at and win over the tag object. */
export function parseLsRemote(output: string): RemoteRefs {
  const refs: RemoteRefs = { tags: new Map(), branches: new Map() };
  const peeled = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = lsRemoteLine.exec(line.trim());
    if (!match) continue;
    const [, sha, name] = match as unknown as [string, string, string];
    if (name.startsWith('refs/heads/')) refs.branches.set(name.slice('refs/heads/'.length), sha);
    else if (name.endsWith('^{}')) peeled.set(name.slice('refs/tags/'.length, -3), sha);
    else refs.tags.set(name.slice('refs/tags/'.length), sha);
  }
  for (const [tag, sha] of peeled) refs.tags.set(tag, sha);
  return refs;
}

function listRemoteRefs(url: string, protocol: string, options: RemoteRefResolverOptions): Promise<RemoteRefs> {
  // Overrides the runner's protocol.allow=never for this protocol only; redirects could lead to another host.
  const args = ['-c', `protocol.${protocol}.allow=always`, '-c', 'http.followRedirects=false', 'ls-remote', '--tags', '--heads', url];
  return new Promise((resolve, reject) => {
    // No repository around the command: a scanned repository's config must not steer the lookup.
    const child = spawnGit(args, { cwd: tmpdir(), env: options.env, extraEnv: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    const stdout: Buffer[] = [];
    const stderr = collectStderr(child.stderr);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(gitSpawnError(error));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`git ls-remote ${url} timed out`));
      if (code !== 0) return reject(new Error(`git ls-remote ${url} failed: ${gitComplaint(stderr())}`));
      resolve(parseLsRemote(Buffer.concat(stdout).toString('utf8')));
    });
  });
}
