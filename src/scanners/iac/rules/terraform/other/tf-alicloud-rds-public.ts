import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** Whitelist entries that admit every address: `0.0.0.0` is ApsaraDB's spelling of "anyone". */
const WORLD_ENTRIES = new Set(['0.0.0.0', '0.0.0.0/0']);

/**
 * An RDS whitelist containing `0.0.0.0` or `0.0.0.0/0` lets any address on the internet connect,
 * leaving only the database password between attackers and the data.
 */
export const tfAlicloudRdsPublic: IacRule = {
  id: 'tf-alicloud-rds-public',
  title: 'ApsaraDB RDS instance open to any address',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_ALI_9'],
  description: 'An `alicloud_db_instance` whose `security_ips` whitelist contains `0.0.0.0` or `0.0.0.0/0`.',
  remediation: 'List only the application subnets in `security_ips` (for example `["10.0.1.0/24"]`).',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check(instance) {
    const ips = valueAt(instance, 'security_ips');
    if (isUnknown(ips)) return unknown(ips.reason, 'security_ips');
    const entries = Array.isArray(ips) ? ips : ips === undefined || ips === null ? [] : [ips];
    let undecided: string | undefined;
    for (const entry of entries) {
      if (isUnknown(entry)) undecided ??= entry.reason;
      else if (typeof entry === 'string' && WORLD_ENTRIES.has(entry.trim())) return fail('the whitelist admits every address: anyone on the internet can try to log in to the database', 'security_ips');
    }
    return undecided === undefined ? pass : unknown(undecided, 'security_ips');
  },
};
