import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Indices, logs and snapshots of an unencrypted domain are readable by anyone who obtains the storage or a snapshot.
 */
export const tfAwsElasticsearchUnencryptedAtRest: IacRule = {
  id: 'tf-aws-elasticsearch-unencrypted-at-rest',
  title: 'Elasticsearch/OpenSearch not encrypted at rest',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_5', 'AVD-AWS-0048'],
  description: 'A search domain without `encrypt_at_rest { enabled = true }`.',
  remediation: 'Add `encrypt_at_rest { enabled = true, kms_key_id = aws_kms_key.search.arn }` (changing it replaces the domain).',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check: (resource) => expectAttribute(resource, 'encrypt_at_rest.enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'indices are stored unencrypted: anyone who obtains the storage or a snapshot reads the data' }),
};
