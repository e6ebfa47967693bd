import { isMissing } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Search domains often hold logs and customer records; without log publishing there is no record
 * of slow or failing queries, or of who used the domain, when investigating a leak.
 */
export const tfAwsElasticsearchLoggingDisabled: IacRule = {
  id: 'tf-aws-elasticsearch-logging-disabled',
  title: 'Elasticsearch/OpenSearch domain logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_84', 'AVD-AWS-0042'],
  description: 'An `aws_elasticsearch_domain` or `aws_opensearch_domain` without a `log_publishing_options` block, or whose first one sends to a log group but has `enabled = false`.',
  remediation: 'Add `log_publishing_options { cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn, log_type = "AUDIT_LOGS" }` (and the other log types you need).',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check(domain) {
    if (isMissing(valueAt(domain, 'log_publishing_options'))) return fail('no logs are published: queries and access to the domain leave no record to investigate', 'log_publishing_options');
    if (valueAt(domain, 'log_publishing_options.cloudwatch_log_group_arn') === undefined) return pass;
    const enabled = asBoolean(valueAt(domain, 'log_publishing_options.enabled'));
    if (isUnknown(enabled)) return unknown(enabled.reason, 'log_publishing_options.enabled');
    return enabled === false ? fail('log publishing is disabled: queries and access to the domain leave no record to investigate', 'log_publishing_options.enabled') : pass;
  },
};
