import { valueAt, type IacResource } from '../iac-resource.ts';
import type { IacVerdict } from '../iac-rule.ts';
import { isIacObject, type IacObject } from '../iac-value.ts';

/** Where each workload kind keeps its pod template: the pod spec's path, and the metadata that goes with it. */
const podSpecPaths: Readonly<Record<string, { spec: string; metadata: string }>> = {
  Pod: { spec: 'spec', metadata: 'metadata' },
  PodTemplate: { spec: 'template.spec', metadata: 'template.metadata' },
  Deployment: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  DeploymentConfig: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  StatefulSet: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  DaemonSet: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  ReplicaSet: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  ReplicationController: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  Job: { spec: 'spec.template.spec', metadata: 'spec.template.metadata' },
  CronJob: { spec: 'spec.jobTemplate.spec.template.spec', metadata: 'spec.jobTemplate.spec.template.metadata' },
};

/** Every kind that runs pods from a pod spec of its own. */
export const workloadKinds: readonly string[] = Object.keys(podSpecPaths);

export interface PodSpecAt {
  spec: IacObject;
  /** Attribute path of the pod spec (`spec.template.spec`). */
  path: string;
  /** The pod template's metadata (labels, annotations); the object's own for a Pod. */
  metadata: IacObject | undefined;
  metadataPath: string;
}

export type ContainerKind = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerAt {
  container: IacObject;
  /** Attribute path of the container (`spec.template.spec.containers.0`). */
  path: string;
  kind: ContainerKind;
  /** The container's name, or `containers[0]` when it has none. */
  name: string;
}

/** The pod spec of a workload, or undefined for other kinds and for workloads whose spec is not written as a mapping. */
export function podSpecOf(resource: IacResource): PodSpecAt | undefined {
  const paths = podSpecPaths[resource.type];
  if (!paths) return undefined;
  const spec = valueAt(resource, paths.spec);
  if (!isIacObject(spec)) return undefined;
  const metadata = valueAt(resource, paths.metadata);
  return { spec, path: paths.spec, metadata: isIacObject(metadata) ? metadata : undefined, metadataPath: paths.metadata };
}

/** Every container of the pod spec (regular, init and ephemeral), with its path. */
export function containersOf(pod: PodSpecAt, kinds: readonly ContainerKind[] = ['containers', 'initContainers', 'ephemeralContainers']): ContainerAt[] {
  return kinds.flatMap((kind) => {
    const list = pod.spec[kind];
    if (!Array.isArray(list)) return [];
    return list.flatMap((container, index) => {
      if (!isIacObject(container)) return [];
      const name = typeof container['name'] === 'string' ? container['name'] : `${kind}[${index}]`;
      return [{ container, path: `${pod.path}.${kind}.${index}`, kind, name }];
    });
  });
}

/**
 * One verdict per container of a workload (none for other kinds, which the rule then does not
 * judge), so each failing container is its own finding at its own line.
 */
export function judgeContainers(resource: IacResource, judge: (container: ContainerAt, pod: PodSpecAt) => IacVerdict, kinds?: readonly ContainerKind[]): IacVerdict[] {
  const pod = podSpecOf(resource);
  if (!pod) return [];
  return containersOf(pod, kinds).map((container) => judge(container, pod));
}
