import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Search indices hold copies of application data, often personal data and logs with tokens;
 * unencrypted, they and their snapshots are readable by whoever obtains the storage.
 */
export const cfnElasticsearchDomainUnencrypted: IacRule = {
  id: 'cfn-elasticsearch-domain-unencrypted',
  title: 'Elasticsearch domain not encrypted at rest',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_5', 'AVD-AWS-0048'],
  description: 'An `AWS::Elasticsearch::Domain` whose `EncryptionAtRestOptions.Enabled` is missing or false.',
  remediation: 'Set `EncryptionAtRestOptions: { Enabled: true, KmsKeyId: !Ref SearchKey }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  check: (domain) =>
    expectAttribute(domain, 'EncryptionAtRestOptions.Enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the search domain stores its indices unencrypted: data and snapshots are readable by whoever obtains them',
    }),
};
