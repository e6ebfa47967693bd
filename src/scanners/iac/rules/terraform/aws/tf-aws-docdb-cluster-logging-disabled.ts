import { isMissing, stringList, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/**
 * DocumentDB audit and profiler logs are the record of who connected and what they queried;
 * without exporting them a data theft through a stolen login leaves no trace.
 */
export const tfAwsDocdbClusterLoggingDisabled: IacRule = {
  id: 'tf-aws-docdb-cluster-logging-disabled',
  title: 'DocumentDB logs not exported',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_85', 'AVD-AWS-0020'],
  description: 'An `aws_docdb_cluster` whose `enabled_cloudwatch_logs_exports` includes neither `audit` nor `profiler`.',
  remediation: 'Set `enabled_cloudwatch_logs_exports = ["audit", "profiler"]` (and `audit_logs = enabled` in the cluster parameter group).',
  format: 'terraform',
  resourceTypes: ['aws_docdb_cluster'],
  check(cluster) {
    const value = valueAt(cluster, 'enabled_cloudwatch_logs_exports');
    if (!isMissing(value) && containsUnknown(value)) return unknown(unknownReason(value), 'enabled_cloudwatch_logs_exports');
    const exported = stringList(value) ?? [];
    if (exported.includes('audit') || exported.includes('profiler')) return pass;
    return fail('no audit or profiler logs are exported: queries run with a stolen login leave no record', 'enabled_cloudwatch_logs_exports');
  },
};
