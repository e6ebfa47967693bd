import { databaseFlag, flagValueIs, sqlEngine } from '../../../checks/gcp-sql-database-flags.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Disconnection logs give each session its duration; without them an investigation cannot reconstruct what an intruder session did and for how long.
 */
export const tfGcpSqlPostgresLogDisconnectionsOff: IacRule = {
  id: 'tf-gcp-sql-postgres-log-disconnections-off',
  title: 'Cloud SQL PostgreSQL log_disconnections not on',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_GCP_53', 'AVD-GCP-0022'],
  description: 'A PostgreSQL `google_sql_database_instance` without `database_flags { name = "log_disconnections", value = "on" }`.',
  remediation: 'Add `database_flags { name = "log_disconnections", value = "on" }` to `settings`.',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check(instance) {
    const engine = sqlEngine(instance);
    if (isUnknown(engine)) return unknown(engine.reason, 'database_version');
    if (engine !== 'postgres') return pass;
    const flag = databaseFlag(instance, 'log_disconnections');
    const message = 'session ends are not logged: investigators cannot tell how long a suspicious session lasted';
    if (flag.state === 'absent') return flag.undecided ? unknown(flag.undecided.reason, 'settings.database_flags') : fail(message, 'settings');
    if (isUnknown(flag.value)) return unknown(flag.value.reason, flag.path);
    return flagValueIs(flag.value, 'on') ? pass : fail(message, flag.path);
  },
};
