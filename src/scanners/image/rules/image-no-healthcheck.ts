import { imageDraft, type ImageRule } from '../image-rule.ts';

/**
 * Without a health check, an orchestrator only knows whether the process is alive, not whether it
 * serves: a hung or half-started container keeps receiving traffic, and a compromise that wedges
 * the service goes unnoticed by automatic restarts.
 */
export const imageNoHealthcheck: ImageRule = {
  id: 'image-no-healthcheck',
  title: 'Image has no health check',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-693', 'CIS-DOCKER-4.6'],
  equivalents: ['CKV_DOCKER_2', 'AVD-DS-0026'],
  description: 'The image config has no Healthcheck, or disables it with NONE.',
  remediation: 'Add a `HEALTHCHECK CMD …` that exercises the service (or define liveness/readiness probes where the image is deployed).',
  check(model) {
    const test = model.document.config?.Healthcheck?.Test;
    if (test && test.length > 0 && test[0] !== 'NONE') return [];
    return [imageDraft(this.id, model, test ? ['config', 'Healthcheck'] : ['config'], 'the image defines no health check: a hung container keeps serving traffic and is not restarted', 'healthcheck')];
  },
};
