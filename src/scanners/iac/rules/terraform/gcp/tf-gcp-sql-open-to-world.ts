import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * An authorized network ending in `/0` lets every address on the internet connect to the
 * database's public IP, leaving only the password between attackers and the data.
 */
export const tfGcpSqlOpenToWorld: IacRule = {
  id: 'tf-gcp-sql-open-to-world',
  title: 'Cloud SQL instance authorizes 0.0.0.0/0',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-6.5'],
  equivalents: ['CKV_GCP_11', 'AVD-GCP-0017'],
  description: 'A `google_sql_database_instance` whose `settings.ip_configuration.authorized_networks` contains a `value` ending in `/0`.',
  remediation: 'Remove the `/0` authorized network; connect through private IP (`ipv4_enabled = false` with `private_network`) or the Cloud SQL Auth Proxy.',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check(instance) {
    let undecided: string | undefined;
    for (const [index, network] of blocksAt(instance, 'settings.ip_configuration.authorized_networks').entries()) {
      const value = isUnknown(network) ? network : valueAt(network, 'value');
      if (isUnknown(value)) undecided ??= value.reason;
      else if (typeof value === 'string' && value.trim().endsWith('/0')) {
        return fail('the database accepts connections from any address on the internet: only its passwords stand between attackers and the data', `settings.0.ip_configuration.0.authorized_networks.${index}.value`);
      }
    }
    return undecided === undefined ? pass : unknown(undecided, 'settings.ip_configuration.authorized_networks');
  },
};
