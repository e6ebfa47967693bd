import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { dockerHubAliases } from './image-reference.ts';

export interface RegistryCredentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the values). */
  source: string;
}

export interface CredentialLookup {
  credentials?: RegistryCredentials;
  /** Things the user should know, e.g. that a credential helper was configured but not run. */
  notes: string[];
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** The environment variables that give credentials for the registry being pulled from. */
export const usernameVariable = 'RAMPART_REGISTRY_USERNAME';
export const passwordVariable = 'RAMPART_REGISTRY_PASSWORD';

/**
 * Credentials for one registry: the environment variables first (they name no host: they are
 * for the registry of this pull), then `auths` of the Docker config file
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`). Credential helpers and
 * `credsStore` are programs; rampart never executes anything, so they are only mentioned.
 */
export function lookupCredentials(registry: string, env: Record<string, string | undefined>): CredentialLookup {
  const username = env[usernameVariable];
  const password = env[passwordVariable];
  if (username && password !== undefined) return { credentials: { username, password, source: `${usernameVariable}/${passwordVariable}` }, notes: [] };
  const notes: string[] = [];
  if (username || password) notes.push(`only one of ${usernameVariable} and ${passwordVariable} is set; both are needed, so they are not used`);
  const { config, path } = readDockerConfig(env, notes);
  if (!config) return { notes };
  const names = hostNames(registry);
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (!names.includes(hostOfAuthKey(key))) continue;
    const credentials = decodeAuthEntry(entry);
    if (credentials) return { credentials: { ...credentials, source: path }, notes };
    if (entry.identitytoken) notes.push(`${path} holds an identity token for ${registry}; rampart does not use identity tokens`);
  }
  const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => names.includes(hostOfAuthKey(key)))?.[1];
  if (helper) notes.push(`${path} names the credential helper "docker-credential-${helper}" for ${registry}; rampart never runs programs, so it is not used (set ${usernameVariable} and ${passwordVariable} instead)`);
  else if (config.credsStore) notes.push(`${path} names the credential store "docker-credential-${config.credsStore}"; rampart never runs programs, so it is not used (set ${usernameVariable} and ${passwordVariable} instead)`);
  return { notes };
}

function readDockerConfig(env: Record<string, string | undefined>, notes: string[]): { config?: DockerConfigFile; path: string } {
  const home = env.HOME ?? homedir();
  const path = env.DOCKER_CONFIG ? join(env.DOCKER_CONFIG, 'config.json') : join(home, '.docker', 'config.json');
  if (!existsSync(path)) return { path };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (parsed && typeof parsed === 'object') return { config: parsed as DockerConfigFile, path };
  } catch {
    // A broken config is reported as a note: an anonymous pull may still work.
  }
  notes.push(`${path} is not valid JSON; its credentials are not used`);
  return { path };
}

/** Docker Hub credentials are stored under `https://index.docker.io/v1/`; accept every name it goes by. */
function hostNames(registry: string): string[] {
  const host = registry.toLowerCase();
  return dockerHubAliases.includes(host) ? [...dockerHubAliases] : [host];
}

/** `auths` keys are a host, or a URL such as `https://index.docker.io/v1/`. */
export function hostOfAuthKey(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
}

/** `auth` is base64 of `username:password`; newer files may hold the two fields instead. */
function decodeAuthEntry(entry: { auth?: string; username?: string; password?: string }): { username: string; password: string } | undefined {
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password !== undefined) return { username: entry.username, password: entry.password };
  return undefined;
}
