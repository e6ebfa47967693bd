import { valueAt } from '../iac-resource.ts';
import type { IacValue } from '../iac-value.ts';
import type { ContainerAt, PodSpecAt } from './pod-spec.ts';

/** A security setting as it applies to one container, and the path where it is written. */
export interface EffectiveSetting {
  value: IacValue | undefined;
  /** Where the deciding value is written; the container when neither level sets it. */
  path: string;
  source: 'container' | 'pod' | 'unset';
}

/**
 * A `securityContext` field both levels may set (`runAsUser`, `runAsNonRoot`, `seccompProfile.type`,
 * `seLinuxOptions`…): the container's own value wins over the pod's, as the kubelet applies them.
 */
export function effectiveSetting(container: ContainerAt, pod: PodSpecAt, field: string): EffectiveSetting {
  const own = valueAt(container.container, `securityContext.${field}`);
  if (own !== undefined && own !== null) return { value: own, path: `${container.path}.securityContext.${field}`, source: 'container' };
  const inherited = valueAt(pod.spec, `securityContext.${field}`);
  if (inherited !== undefined && inherited !== null) return { value: inherited, path: `${pod.path}.securityContext.${field}`, source: 'pod' };
  return { value: undefined, path: container.path, source: 'unset' };
}
