import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without SSL, credentials and query results travel in clear text and can be read or altered by anyone on the network path.
 */
export const tfAlicloudRdsSslDisabled: IacRule = {
  id: 'tf-alicloud-rds-ssl-disabled',
  title: 'ApsaraDB RDS instance without SSL',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_ALI_20'],
  description: 'An `alicloud_db_instance` without `ssl_action = "Open"` (or `"Update"`).',
  remediation: 'Set `ssl_action = "Open"`.',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check: (resource) =>
    expectAttribute(resource, 'ssl_action', {
      accept: isOneOf('Open', 'Update'),
      whenMissing: 'fail',
      message: 'SSL is not enabled: database credentials and query results cross the network in clear text',
    }),
};
