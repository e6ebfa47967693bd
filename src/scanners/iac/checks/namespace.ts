import type { IacResource } from '../iac-resource.ts';
import { isIacObject } from '../iac-value.ts';

/** The namespace a Kubernetes object is applied to: its own, else `default` (what kubectl uses without `-n`). */
export function namespaceOf(resource: IacResource): string {
  const metadata = resource.attributes['metadata'];
  const namespace = isIacObject(metadata) ? metadata['namespace'] : undefined;
  return typeof namespace === 'string' && namespace !== '' ? namespace : 'default';
}

/** Objects of a kind in the same namespace as the resource, among those evaluated with it. */
export function inSameNamespace(resource: IacResource, candidates: readonly IacResource[]): IacResource[] {
  const namespace = namespaceOf(resource);
  return candidates.filter((candidate) => namespaceOf(candidate) === namespace);
}
