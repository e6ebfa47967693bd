import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Without Binary Authorization the cluster runs any image it is told to, so a stolen deploy
 * credential or a poisoned registry puts attacker code into production unchecked.
 */
export const tfGcpGkeBinaryAuthorizationDisabled: IacRule = {
  id: 'tf-gcp-gke-binary-authorization-disabled',
  title: 'GKE Binary Authorization not enforced',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-494'],
  equivalents: ['CKV_GCP_66'],
  description: 'A `google_container_cluster` without `binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" }` (or the older `enable_binary_authorization = true`).',
  remediation: 'Add `binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" }` and define an attestation policy.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check(cluster) {
    const mode = valueAt(cluster, 'binary_authorization.evaluation_mode');
    if (isUnknown(mode)) return unknown(mode.reason, 'binary_authorization.evaluation_mode');
    if (mode === 'PROJECT_SINGLETON_POLICY_ENFORCE') return pass;
    for (const path of ['binary_authorization.enabled', 'enable_binary_authorization']) {
      const enabled = asBoolean(valueAt(cluster, path));
      if (isUnknown(enabled)) return unknown(enabled.reason, path);
      if (enabled === true) return pass;
    }
    const at = mode !== undefined ? 'binary_authorization.evaluation_mode' : valueAt(cluster, 'enable_binary_authorization') !== undefined ? 'enable_binary_authorization' : 'binary_authorization';
    return fail('Binary Authorization is not enforced: the cluster runs any image, so a stolen deploy credential or poisoned registry ships attacker code', at);
  },
};
