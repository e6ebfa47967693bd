import { imageDraft, type ImageRule } from '../image-rule.ts';

/** `User` values that mean uid 0. */
const rootUser = /^(?:|root|0)(?::.*)?$/;

/**
 * A container runs as the image's `User`, and with none set that is root. A process running as
 * root inside the container turns any code-execution bug into root in the container, one kernel
 * or runtime flaw away from the host, and can rewrite everything the image ships.
 */
export const imageRunsAsRoot: ImageRule = {
  id: 'image-runs-as-root',
  title: 'Image runs as root',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-250', 'CIS-DOCKER-4.1'],
  equivalents: ['CKV_DOCKER_3', 'CKV_DOCKER_8', 'DL3002', 'AVD-DS-0002'],
  description: 'The image config sets no User, or sets root (uid 0), so containers run as root unless the runtime overrides it.',
  remediation: 'Create an unprivileged user in the Dockerfile and end with `USER app` (or a numeric uid such as `USER 10001`).',
  check(model) {
    const user = model.document.config?.User ?? '';
    if (!rootUser.test(user.trim())) return [];
    const message = user.trim() === '' ? 'the image sets no User, so its containers run as root: a compromised process has root inside the container' : `the image runs as ${user}: a compromised process has root inside the container`;
    return [imageDraft(this.id, model, user === '' ? ['config'] : ['config', 'User'], message, `user:${user}`)];
  },
};
