import { isMissing, stringList, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/**
 * Neptune audit logs record every query and connection; without exporting them nobody can tell
 * afterwards what a leaked credential read from the graph.
 */
export const tfAwsNeptuneClusterAuditLoggingDisabled: IacRule = {
  id: 'tf-aws-neptune-cluster-audit-logging-disabled',
  title: 'Neptune audit logs not exported',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_101'],
  description: 'An `aws_neptune_cluster` whose `enable_cloudwatch_logs_exports` does not include `"audit"`.',
  remediation: 'Set `enable_cloudwatch_logs_exports = ["audit"]` (and the `neptune_enable_audit_log` cluster parameter to 1).',
  format: 'terraform',
  resourceTypes: ['aws_neptune_cluster'],
  check(cluster) {
    const value = valueAt(cluster, 'enable_cloudwatch_logs_exports');
    if (!isMissing(value) && containsUnknown(value)) return unknown(unknownReason(value), 'enable_cloudwatch_logs_exports');
    if (stringList(value)?.includes('audit')) return pass;
    return fail('audit logs are not exported: queries run with a leaked credential leave no record', 'enable_cloudwatch_logs_exports');
  },
};
