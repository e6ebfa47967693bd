import { imageDraft, type ImageRule } from '../image-rule.ts';

/**
 * An image that exposes port 22 usually runs an SSH daemon: another way in with its own
 * credentials to manage and leak, bypassing the orchestrator's exec and audit trail.
 */
export const imageExposesSsh: ImageRule = {
  id: 'image-exposes-ssh',
  title: 'Image exposes SSH',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-284'],
  equivalents: ['CKV_DOCKER_1', 'AVD-DS-0004'],
  description: 'The image config exposes port 22 (SSH).',
  remediation: 'Remove `EXPOSE 22` and the SSH server; use `kubectl exec` / `docker exec` for debugging.',
  check(model) {
    const ports = Object.keys(model.document.config?.ExposedPorts ?? {});
    const ssh = ports.find((port) => port === '22' || port.startsWith('22/'));
    return ssh ? [imageDraft(this.id, model, ['config', 'ExposedPorts', ssh], `the image exposes ${ssh}: an SSH daemon is another way in, outside the orchestrator's access control and audit`, `port:${ssh}`)] : [];
  },
};
