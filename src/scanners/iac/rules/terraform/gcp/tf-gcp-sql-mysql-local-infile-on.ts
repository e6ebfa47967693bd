import { databaseFlag, flagValueIs, sqlEngine } from '../../../checks/gcp-sql-database-flags.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * `local_infile` lets a client make the server read files from the client machine with `LOAD DATA
 * LOCAL`; a SQL injection or a rogue server can use it to read files it should never see.
 */
export const tfGcpSqlMysqlLocalInfileOn: IacRule = {
  id: 'tf-gcp-sql-mysql-local-infile-on',
  title: 'Cloud SQL MySQL local_infile enabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-73'],
  equivalents: ['CKV_GCP_50', 'AVD-GCP-0026'],
  description: 'A MySQL `google_sql_database_instance` with a `database_flags { name = "local_infile", value = "on" }` block.',
  remediation: 'Remove the `local_infile` flag or set its value to `"off"`.',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check(instance) {
    const engine = sqlEngine(instance);
    if (isUnknown(engine)) return unknown(engine.reason, 'database_version');
    if (engine !== 'mysql') return pass;
    const flag = databaseFlag(instance, 'local_infile');
    if (flag.state === 'absent') return flag.undecided ? unknown(flag.undecided.reason, 'settings.database_flags') : pass;
    if (isUnknown(flag.value)) return unknown(flag.value.reason, flag.path);
    return flagValueIs(flag.value, 'on') ? fail('local_infile is on: a SQL injection or malicious client can use LOAD DATA LOCAL to read files', flag.path) : pass;
  },
};
