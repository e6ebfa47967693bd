import { dockerfileModel } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Without a HEALTHCHECK, Docker and Swarm only know whether the process is alive, not whether
 * it still serves. A hung or half-broken container (deadlocked, out of file handles, after a
 * failed exploit attempt) keeps receiving traffic instead of being restarted.
 */
export const dockerfileNoHealthcheck: IacRule = {
  id: 'dockerfile-no-healthcheck',
  title: 'No HEALTHCHECK instruction',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-754', 'CIS-DOCKER-4.6'],
  equivalents: ['CKV_DOCKER_2', 'DL3057'],
  description: 'A Dockerfile with no HEALTHCHECK instruction in any stage (`HEALTHCHECK NONE` counts as a deliberate choice).',
  remediation: 'Add a check the runtime can run in the final stage, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/healthz || exit 1`; orchestrators with their own probes (Kubernetes) may set `HEALTHCHECK NONE`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model || model.stages.length === 0) return [];
    if (model.instructions.some((instruction) => instruction.keyword === 'HEALTHCHECK')) return pass;
    return fail('no HEALTHCHECK, so a hung or broken container keeps receiving traffic instead of being restarted', `stages.${model.stages.length - 1}`);
  },
};
