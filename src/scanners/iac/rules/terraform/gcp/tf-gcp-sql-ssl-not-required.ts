import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Without enforced TLS, clients may connect in clear text, and credentials and query results can
 * be read or altered by anyone on the network path.
 */
export const tfGcpSqlSslNotRequired: IacRule = {
  id: 'tf-gcp-sql-ssl-not-required',
  title: 'Cloud SQL instance does not require SSL',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319', 'CIS-GCP-6.4'],
  equivalents: ['CKV_GCP_6', 'AVD-GCP-0015'],
  description: 'A `google_sql_database_instance` whose `settings.ip_configuration` has neither `ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"` (`"ENCRYPTED_ONLY"` for SQL Server) nor the older `require_ssl = true`.',
  remediation: 'Set `settings { ip_configuration { ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" } }` (SQL Server: `"ENCRYPTED_ONLY"`).',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check(instance) {
    const message = 'connections are not forced to use TLS with client certificates: credentials and data can travel in clear text or from unauthenticated clients';
    const mode = valueAt(instance, 'settings.ip_configuration.ssl_mode');
    if (isUnknown(mode)) return unknown(mode.reason, 'settings.ip_configuration.ssl_mode');
    if (mode !== undefined && mode !== null) {
      const version = valueAt(instance, 'database_version');
      if (isUnknown(version)) return unknown(version.reason, 'database_version');
      const sqlServer = typeof version === 'string' && version.includes('SQLSERVER');
      if (mode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' || (sqlServer && mode === 'ENCRYPTED_ONLY')) return pass;
      return fail(message, 'settings.ip_configuration.ssl_mode');
    }
    const required = asBoolean(valueAt(instance, 'settings.ip_configuration.require_ssl'));
    if (isUnknown(required)) return unknown(required.reason, 'settings.ip_configuration.require_ssl');
    if (required === true) return pass;
    return fail(message, required === false ? 'settings.ip_configuration.require_ssl' : 'settings.ip_configuration');
  },
};
