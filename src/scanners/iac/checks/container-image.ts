/** A container image reference split into what rules judge: its tag (empty when none) and whether it is pinned by digest. */
export interface ImageReference {
  tag: string;
  hasDigest: boolean;
}

/**
 * `registry:5000/team/app:1.2@sha256:…` → tag `1.2`, digest yes. The tag is what follows the
 * last `:` of the last path segment, so a registry port is never taken for a tag.
 */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const hasDigest = at !== -1;
  const name = hasDigest ? image.slice(0, at) : image;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return { tag: colon === -1 ? '' : lastSegment.slice(colon + 1), hasDigest };
}
