import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/** The newest major version of each engine Cloud SQL offers (as Checkov judges it). */
const LATEST_VERSIONS = ['POSTGRES_18', 'MYSQL_8_0', 'MYSQL_8_4', 'SQLSERVER_2022_STANDARD', 'SQLSERVER_2022_WEB', 'SQLSERVER_2022_ENTERPRISE', 'SQLSERVER_2022_EXPRESS'];

/**
 * Older major versions stop receiving security fixes first and lack hardening of later releases;
 * staying on the latest keeps known database vulnerabilities out.
 */
export const tfGcpSqlOutdatedMajorVersion: IacRule = {
  id: 'tf-gcp-sql-outdated-major-version',
  title: 'Cloud SQL instance not on the latest major version',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1104'],
  equivalents: ['CKV_GCP_79'],
  description: `A \`google_sql_database_instance\` whose \`database_version\` is not the newest major version of its engine (${LATEST_VERSIONS.join(', ')}).`,
  remediation: 'Upgrade `database_version` to the latest major version (for example `POSTGRES_18` or `MYSQL_8_4`) after testing the application against it.',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check: (instance) =>
    expectAttribute(instance, 'database_version', {
      accept: (value) => typeof value === 'string' && LATEST_VERSIONS.includes(value),
      whenMissing: 'pass',
      message: 'the database runs an older major version: it gets security fixes for less time and lacks later hardening',
    }),
};
