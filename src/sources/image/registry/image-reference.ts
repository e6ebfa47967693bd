/** A parsed `host[:port]/repo[:tag][@sha256:…]` reference, with Docker Hub short forms expanded. */
export interface ImageReference {
  /** The registry as written or implied (`docker.io` for short forms), used for credentials and `--insecure-registry`. */
  registry: string;
  /** The host the distribution API is served from: `registry-1.docker.io` for Docker Hub, else `registry`. */
  apiHost: string;
  /** Repository path, e.g. `library/alpine`. */
  repository: string;
  tag?: string;
  digest?: string;
}

const dockerHub = 'docker.io';
const dockerHubApiHost = 'registry-1.docker.io';
/** Names Docker Hub is known by in references and in `~/.docker/config.json`. */
export const dockerHubAliases: readonly string[] = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];

// One path component: lowercase letters and digits, joined by single separators (".", "_", "__" or dashes), as the distribution spec allows.
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
// A tag: a word character, then up to 127 word characters, dots or dashes.
const tagPattern = /^\w[\w.-]{0,127}$/;
// The only digest algorithm rampart verifies: sha256 with 64 lowercase hex digits.
const digestPattern = /^sha256:[a-f0-9]{64}$/;
// A registry host: a DNS name or IPv4 address (letters, digits, dots, dashes) or a bracketed IPv6 address, with an optional port.
const hostPattern = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?$/;

/**
 * Parses an image reference the way `docker pull` reads it: the first path component is a
 * registry host only when it has a dot or a port or is `localhost`; otherwise the image is on
 * Docker Hub, and a single-component name is under `library/`. Returns undefined when the text
 * is not a reference at all.
 */
export function parseImageReference(text: string): ImageReference | undefined {
  let rest = text.startsWith('docker://') ? text.slice('docker://'.length) : text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) return undefined;
  }
  const components = rest.split('/');
  const first = components[0] ?? '';
  const hasRegistry = components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
  const registry = hasRegistry ? first : dockerHub;
  if (hasRegistry && !hostPattern.test(registry)) return undefined;
  const pathParts = hasRegistry ? components.slice(1) : components;
  const isHub = dockerHubAliases.includes(registry.toLowerCase());
  if (isHub && pathParts.length === 1) pathParts.unshift('library');
  if (pathParts.length === 0 || !pathParts.every((part) => pathComponent.test(part))) return undefined;
  const repository = pathParts.join('/');
  if (repository.length > 255) return undefined;
  return {
    registry: isHub ? dockerHub : registry,
    apiHost: isHub ? dockerHubApiHost : registry,
    repository,
    ...(tag === undefined && digest === undefined ? { tag: 'latest' } : {}),
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** The reference in canonical form, e.g. `docker.io/library/alpine:3.20`. */
export function formatImageReference(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}
