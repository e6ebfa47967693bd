import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { parseImageReference } from '../../checks/container-image.ts';

/**
 * `latest` (or no tag) means whatever the registry holds when a node pulls: two replicas can run
 * different code, a rollback does not roll back, and anyone who can push to the repository ships
 * code into the cluster on the next restart.
 */
export const k8sImageTagLatest: IacRule = {
  id: 'k8s-image-tag-latest',
  title: 'Image tag latest or missing',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-1357'],
  equivalents: ['CKV_K8S_14'],
  description: 'A container whose `image` has no tag or the tag `latest` (and no digest), or that names no image.',
  remediation: 'Pin the image to a version tag (`nginx:1.27.3`), better to a digest (`nginx@sha256:…`).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const image = container['image'];
      if (typeof image !== 'string' || image.trim() === '') return fail(`container "${name}" names no image`, path, { detail: name });
      const reference = parseImageReference(image);
      if (reference.hasDigest || (reference.tag !== '' && reference.tag !== 'latest')) return pass;
      return fail(`container "${name}" runs ${image}, which follows whatever the registry holds: anyone who can push there ships code into the cluster on the next pull`, `${path}.image`, { detail: name });
    }),
};
