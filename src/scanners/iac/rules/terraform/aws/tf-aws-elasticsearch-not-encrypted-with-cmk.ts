import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With a customer managed key you decide through its key policy who can decrypt the indices and can revoke access by disabling the key; the AWS managed key offers neither.
 */
export const tfAwsElasticsearchNotEncryptedWithCmk: IacRule = {
  id: 'tf-aws-elasticsearch-not-encrypted-with-cmk',
  title: 'Elasticsearch/OpenSearch not encrypted with a customer managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_247'],
  description: 'A search domain whose `encrypt_at_rest` block has no `kms_key_id`, so it uses the AWS managed key if encrypted at all.',
  remediation: 'Set `encrypt_at_rest { enabled = true, kms_key_id = aws_kms_key.search.arn }`.',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check: (resource) => expectAttribute(resource, 'encrypt_at_rest.kms_key_id', { accept: isSet, whenMissing: 'fail', message: 'the domain is not encrypted with a customer managed key: decryption cannot be restricted or revoked through a key policy' }),
};
