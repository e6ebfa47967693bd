import { databaseFlag, flagValueIs, sqlEngine } from '../../../checks/gcp-sql-database-flags.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Without connection logging, password guessing against the database and logins with stolen credentials leave no record to detect or investigate.
 */
export const tfGcpSqlPostgresLogConnectionsOff: IacRule = {
  id: 'tf-gcp-sql-postgres-log-connections-off',
  title: 'Cloud SQL PostgreSQL log_connections not on',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_GCP_52', 'AVD-GCP-0016'],
  description: 'A PostgreSQL `google_sql_database_instance` without `database_flags { name = "log_connections", value = "on" }`.',
  remediation: 'Add `database_flags { name = "log_connections", value = "on" }` to `settings`.',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check(instance) {
    const engine = sqlEngine(instance);
    if (isUnknown(engine)) return unknown(engine.reason, 'database_version');
    if (engine !== 'postgres') return pass;
    const flag = databaseFlag(instance, 'log_connections');
    const message = 'connection attempts are not logged: brute-force attempts and logins with stolen credentials leave no trace';
    if (flag.state === 'absent') return flag.undecided ? unknown(flag.undecided.reason, 'settings.database_flags') : fail(message, 'settings');
    if (isUnknown(flag.value)) return unknown(flag.value.reason, flag.path);
    return flagValueIs(flag.value, 'on') ? pass : fail(message, flag.path);
  },
};
