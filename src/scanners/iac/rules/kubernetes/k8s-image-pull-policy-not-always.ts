import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { parseImageReference } from '../../checks/container-image.ts';

/**
 * With `IfNotPresent`, a node reuses whatever image it cached under that tag, so a pod can run a
 * stale or tampered image and image pull secrets are never checked again for it: another tenant on
 * the node can run a private image it was never granted.
 */
export const k8sImagePullPolicyNotAlways: IacRule = {
  id: 'k8s-image-pull-policy-not-always',
  title: 'Image pull policy not Always',
  severity: 'low',
  confidence: 'low',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-1357'],
  equivalents: ['CKV_K8S_15'],
  description: 'A container whose image is neither pinned by digest nor pulled with `imagePullPolicy: Always` (a tagged image without a policy defaults to `IfNotPresent`).',
  remediation: 'Set `imagePullPolicy: Always` (or pin the image by digest).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const image = container['image'];
      if (typeof image !== 'string' || image.trim() === '') return fail(`container "${name}" names no image`, path, { detail: name });
      const reference = parseImageReference(image);
      const policy = container['imagePullPolicy'];
      if (reference.hasDigest || policy === 'Always') return pass;
      // Without a policy, Kubernetes pulls untagged and `latest` images every time.
      if (policy === undefined && (reference.tag === '' || reference.tag === 'latest')) return pass;
      return fail(`container "${name}" may run a cached copy of ${image}: nodes skip the pull and its credentials check`, policy === undefined ? `${path}.image` : `${path}.imagePullPolicy`, { detail: name });
    }),
};
