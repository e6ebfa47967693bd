import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The default security group admits all traffic from every other member of the group and is shared by unrelated resources, so anything compromised in the VPC reaches the domain.
 */
export const tfAwsElasticsearchDefaultSecurityGroup: IacRule = {
  id: 'tf-aws-elasticsearch-default-security-group',
  title: 'Elasticsearch/OpenSearch domain on the default security group',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_248'],
  description: 'A search domain without `vpc_options.security_group_ids`, so AWS attaches the VPC default security group.',
  remediation: 'Set `vpc_options { security_group_ids = [aws_security_group.search.id] }` with a group that admits only the clients that need the domain.',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check: (resource) => expectAttribute(resource, 'vpc_options.security_group_ids', { accept: isSet, whenMissing: 'fail', message: 'the domain uses the VPC default security group: every resource sharing that group can reach the cluster' }),
};
