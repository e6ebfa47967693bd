import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/** Sockets of Docker, containerd and CRI-O on their usual paths. */
const runtimeSockets: ReadonlySet<string> = new Set([
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
]);

/**
 * Whoever can talk to the container runtime's socket can start a privileged container with the
 * node's root filesystem mounted: mounting the socket into a pod hands root on the node to anyone
 * who compromises that pod.
 */
export const k8sDockerSocketMount: IacRule = {
  id: 'k8s-docker-socket-mount',
  title: 'Container runtime socket mounted',
  severity: 'critical',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'pss-baseline'],
  equivalents: ['CKV_K8S_27'],
  description: 'A `hostPath` volume of the container runtime\'s socket (`/var/run/docker.sock`, containerd\'s or CRI-O\'s).',
  remediation: 'Remove the volume. Build images with a daemonless builder (BuildKit rootless, kaniko, buildah) and read container state through the Kubernetes API instead.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const volumes = Array.isArray(pod.spec['volumes']) ? pod.spec['volumes'] : [];
    const verdicts: IacVerdict[] = [];
    volumes.forEach((volume, index) => {
      if (!isIacObject(volume) || !isIacObject(volume['hostPath'])) return;
      const hostPath = volume['hostPath']['path'];
      // Trailing slashes do not change the path the kubelet mounts.
      if (typeof hostPath !== 'string' || !runtimeSockets.has(hostPath.replace(/\/+$/, ''))) return;
      const name = typeof volume['name'] === 'string' ? volume['name'] : `volumes[${index}]`;
      verdicts.push(fail(`volume "${name}" mounts the container runtime socket ${hostPath}: a compromised container can start a privileged container and take over the node`, `${pod.path}.volumes.${index}.hostPath.path`, { detail: name }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
