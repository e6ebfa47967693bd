import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { valueAt } from '../../iac-resource.ts';

/**
 * Pods that name no service account run as `default`, and get its token mounted. Turning automount
 * off on `default` means only workloads that chose an account carry an API credential an attacker
 * could steal.
 */
export const k8sDefaultServiceAccountAutomount: IacRule = {
  id: 'k8s-default-service-account-automount',
  title: 'Default service account mounts its token',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: ['ServiceAccount'],
  tags: ['CWE-522', 'CIS-K8S-5.1.5'],
  equivalents: ['CKV_K8S_41'],
  description: 'The `default` ServiceAccount without `automountServiceAccountToken: false`.',
  remediation: 'Set `automountServiceAccountToken: false` on the namespace\'s `default` ServiceAccount, and give workloads that call the API their own service account.',
  check(account) {
    if (valueAt(account, 'metadata.name') !== 'default' || account.attributes['automountServiceAccountToken'] === false) return pass;
    return fail('the default service account mounts its token into every pod that names no account: each of them carries an API credential', 'automountServiceAccountToken');
  },
};
