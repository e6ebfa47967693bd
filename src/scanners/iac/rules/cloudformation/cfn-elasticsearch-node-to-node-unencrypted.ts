import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Cluster nodes exchange documents and queries constantly; without TLS between them, anyone able
 * to observe the VPC traffic reads the indexed data in transit.
 */
export const cfnElasticsearchNodeToNodeUnencrypted: IacRule = {
  id: 'cfn-elasticsearch-node-to-node-unencrypted',
  title: 'Elasticsearch node-to-node traffic not encrypted',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_6', 'AVD-AWS-0043'],
  description: 'An `AWS::Elasticsearch::Domain` whose `NodeToNodeEncryptionOptions.Enabled` is missing or false.',
  remediation: 'Set `NodeToNodeEncryptionOptions: { Enabled: true }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  check: (domain) =>
    expectAttribute(domain, 'NodeToNodeEncryptionOptions.Enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the search domain sends data between its nodes in clear: anyone observing VPC traffic reads indexed documents',
    }),
};
