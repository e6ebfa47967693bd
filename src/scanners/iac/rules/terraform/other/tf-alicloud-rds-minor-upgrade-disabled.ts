import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Minor engine versions carry security fixes; without automatic upgrades the instance keeps known vulnerabilities until someone upgrades it by hand.
 */
export const tfAlicloudRdsMinorUpgradeDisabled: IacRule = {
  id: 'tf-alicloud-rds-minor-upgrade-disabled',
  title: 'ApsaraDB RDS automatic minor version upgrade off',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104'],
  equivalents: ['CKV_ALI_30', 'CKV_ALI_34'],
  description: 'An `alicloud_db_instance` without `auto_upgrade_minor_version = "Auto"`.',
  remediation: 'Set `auto_upgrade_minor_version = "Auto"`.',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check: (resource) =>
    expectAttribute(resource, 'auto_upgrade_minor_version', {
      accept: isOneOf('Auto'),
      whenMissing: 'fail',
      message: 'minor versions are not upgraded automatically: security fixes to the database engine wait for a manual upgrade',
    }),
};
