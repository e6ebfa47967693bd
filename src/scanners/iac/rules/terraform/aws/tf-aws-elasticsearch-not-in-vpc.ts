import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A domain outside a VPC has a public endpoint guarded only by its access policy; one permissive policy exposes every index to the internet, a common cause of data leaks.
 */
export const tfAwsElasticsearchNotInVpc: IacRule = {
  id: 'tf-aws-elasticsearch-not-in-vpc',
  title: 'Elasticsearch/OpenSearch domain outside a VPC',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_137'],
  description: 'An `aws_elasticsearch_domain` or `aws_opensearch_domain` without a `vpc_options` block, so its endpoint is public.',
  remediation: 'Add `vpc_options { subnet_ids = [...], security_group_ids = [aws_security_group.search.id] }`.',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check: (resource) => expectAttribute(resource, 'vpc_options', { accept: isSet, whenMissing: 'fail', message: 'the search domain has a public endpoint: one permissive access policy exposes every index to the internet' }),
};
