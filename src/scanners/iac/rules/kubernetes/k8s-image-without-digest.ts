import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { parseImageReference } from '../../checks/container-image.ts';

/**
 * Tags are mutable: a compromised registry account or CI job can move `1.4.2` to a different
 * image. Only a digest fixes the exact bytes a node runs. Many teams accept tags with registry
 * immutability settings, hence the low confidence.
 */
export const k8sImageWithoutDigest: IacRule = {
  id: 'k8s-image-without-digest',
  title: 'Image not pinned by digest',
  severity: 'low',
  confidence: 'low',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-1357'],
  equivalents: ['CKV_K8S_43'],
  description: 'A container whose `image` is not pinned by digest (`@sha256:…`).',
  remediation: 'Reference the image by digest (`registry/app:1.4.2@sha256:…`), updated by a bot such as Renovate.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const image = container['image'];
      if (typeof image === 'string' && parseImageReference(image).hasDigest) return pass;
      return fail(`container "${name}" image is not pinned by digest: a moved tag changes the code it runs without a manifest change`, `${path}.image`, { detail: name });
    }),
};
