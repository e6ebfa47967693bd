import { blocksAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * Environment variables leak: crash reports, debug endpoints, `/proc/<pid>/environ`, child
 * processes and logging libraries all copy them. A Secret mounted as a file stays in one place with
 * file permissions around it.
 */
export const k8sSecretInEnv: IacRule = {
  id: 'k8s-secret-in-env',
  title: 'Secret exposed as an environment variable',
  severity: 'low',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-214', 'CIS-K8S-5.4.1'],
  equivalents: ['CKV_K8S_35'],
  description: 'A container that reads a Secret into environment variables (`env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`).',
  remediation: 'Mount the Secret as a file (a `secret` volume with `readOnly: true`) and have the application read it from there.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const env = blocksAt(container, 'env').findIndex((entry) => isIacObject(entry) && isIacObject(entry['valueFrom']) && isIacObject(entry['valueFrom']['secretKeyRef']));
      if (env !== -1) return fail(`container "${name}" reads a Secret into an environment variable, where crash reports, child processes and /proc copy it`, `${path}.env.${env}.valueFrom.secretKeyRef`, { detail: name });
      const envFrom = blocksAt(container, 'envFrom').findIndex((entry) => isIacObject(entry) && isIacObject(entry['secretRef']));
      if (envFrom !== -1) return fail(`container "${name}" loads a whole Secret into environment variables, where crash reports, child processes and /proc copy them`, `${path}.envFrom.${envFrom}.secretRef`, { detail: name });
      return pass;
    }),
};
