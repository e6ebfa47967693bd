import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The default policy accepts TLS 1.0 and 1.1, whose known weaknesses let an attacker on the network path downgrade and read or alter traffic.
 */
export const tfAwsElasticsearchOutdatedTlsPolicy: IacRule = {
  id: 'tf-aws-elasticsearch-outdated-tls-policy',
  title: 'Elasticsearch/OpenSearch TLS policy allows old TLS',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-326'],
  equivalents: ['CKV_AWS_228', 'AVD-AWS-0126'],
  description: 'A search domain whose `domain_endpoint_options.tls_security_policy` is missing or not a TLS 1.2 minimum policy (`Policy-Min-TLS-1-2-2019-07` or `Policy-Min-TLS-1-2-PFS-2023-10`).',
  remediation: 'Set `domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" }`.',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check: (resource) => expectAttribute(resource, 'domain_endpoint_options.tls_security_policy', { accept: isOneOf('Policy-Min-TLS-1-2-2019-07', 'Policy-Min-TLS-1-2-PFS-2023-10'), whenMissing: 'fail', message: 'the endpoint accepts TLS 1.0/1.1: a network attacker can downgrade connections and read or alter queries' }),
};
