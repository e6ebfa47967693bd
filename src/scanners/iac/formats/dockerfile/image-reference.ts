import { UnknownValue } from '../../iac-value.ts';
import type { ImageReference } from './dockerfile-model.ts';
import { hasUnknown, showUnknown } from './expand-variables.ts';

/**
 * Splits `registry:5000/team/app:1.2@sha256:…` into name, tag and digest. The tag is the part
 * after the last `:` that follows the last `/` (a registry port is not a tag). Any part holding
 * an unknown variable is an UnknownValue naming the text it came from.
 */
export function parseImageReference(expanded: string, written: string): ImageReference {
  const at = expanded.indexOf('@');
  const beforeDigest = at === -1 ? expanded : expanded.slice(0, at);
  const digest = at === -1 ? undefined : expanded.slice(at + 1);
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = hasTag ? beforeDigest.slice(colon + 1) : undefined;
  const reason = `the image "${written}" depends on a build argument without a default`;
  const known = (part: string): string | UnknownValue => (hasUnknown(part) ? new UnknownValue(reason) : part);
  const reference: ImageReference = {
    text: showUnknown(expanded),
    name: known(name),
    isScratch: name.toLowerCase() === 'scratch',
  };
  if (tag !== undefined) reference.tag = known(tag);
  if (digest !== undefined) reference.digest = known(digest);
  // `alpine${SUFFIX}` or `${IMAGE}` may gain a tag or digest from the unknown part: those are unknown too.
  const lastComponent = beforeDigest.slice(slash + 1);
  if (tag === undefined && hasUnknown(lastComponent)) reference.tag = new UnknownValue(reason);
  if (digest === undefined && hasUnknown(lastComponent)) reference.digest = new UnknownValue(reason);
  return reference;
}
