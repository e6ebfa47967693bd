import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public IPv4 address makes the database reachable from the internet whenever an authorized
 * network is added, and exposes it to scanning; private IP keeps it inside the VPC.
 */
export const tfGcpSqlPublicIp: IacRule = {
  id: 'tf-gcp-sql-public-ip',
  title: 'Cloud SQL instance has a public IP',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-6.6'],
  equivalents: ['CKV_GCP_60'],
  description: 'A `google_sql_database_instance` with `settings { ip_configuration { ipv4_enabled = true } }`.',
  remediation: 'Set `ipv4_enabled = false` and give the instance a `private_network`; connect through private IP or the Cloud SQL Auth Proxy.',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check: (instance) =>
    expectAttribute(instance, 'settings.ip_configuration.ipv4_enabled', {
      accept: (value) => !isBoolean(true)(value),
      whenMissing: 'pass',
      message: 'the database has a public IPv4 address: it is one authorized-network change away from the internet and can be probed there',
    }),
};
