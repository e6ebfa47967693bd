import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A search domain that answers plain HTTP sends queries, results and the credentials of every
 * client across the network in clear text.
 */
export const tfAwsElasticsearchHttpsNotEnforced: IacRule = {
  id: 'tf-aws-elasticsearch-https-not-enforced',
  title: 'Elasticsearch/OpenSearch domain accepts plain HTTP',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_83', 'AVD-AWS-0046'],
  description: 'An `aws_elasticsearch_domain` or `aws_opensearch_domain` whose `domain_endpoint_options.enforce_https` is `false`.',
  remediation: 'Set `domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" }`.',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check: (domain) => expectAttribute(domain, 'domain_endpoint_options.enforce_https', { accept: isBoolean(true), whenMissing: 'pass', message: 'the endpoint answers plain HTTP: queries, results and client credentials cross the network in clear text' }),
};
