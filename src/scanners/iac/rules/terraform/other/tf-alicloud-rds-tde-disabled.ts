import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** Engine versions on which ApsaraDB RDS offers transparent data encryption (MySQL and SQL Server). */
const TDE_VERSIONS: Record<string, readonly string[]> = {
  MySQL: ['5.6', '5.7', '8', '8.0'],
  SQLServer: ['08r2_ent_ha', '2012_ent_ha', '2016_ent_ha', '2017_ent', '2019_std_ha', '2019_ent'],
};

/**
 * Without transparent data encryption, database files and backups are stored readable: anyone who
 * obtains a backup copy or the underlying storage reads the data.
 */
export const tfAlicloudRdsTdeDisabled: IacRule = {
  id: 'tf-alicloud-rds-tde-disabled',
  title: 'ApsaraDB RDS transparent data encryption disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_ALI_22'],
  description: 'An `alicloud_db_instance` running a MySQL or SQL Server version that supports TDE without `tde_status = "Enabled"` (other engines are not judged).',
  remediation: 'Set `tde_status = "Enabled"`.',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check(instance) {
    const engine = valueAt(instance, 'engine');
    const version = valueAt(instance, 'engine_version');
    if (isUnknown(engine)) return unknown(engine.reason, 'engine');
    if (isUnknown(version)) return unknown(version.reason, 'engine_version');
    const supported = typeof engine === 'string' ? TDE_VERSIONS[engine] : undefined;
    if (!supported || typeof version !== 'string' || !supported.includes(version)) return unknown('this engine version does not offer transparent data encryption', 'engine_version');
    const status = valueAt(instance, 'tde_status');
    if (isUnknown(status)) return unknown(status.reason, 'tde_status');
    return status === 'Enabled' ? pass : fail('data files and backups are not encrypted by the database: anyone who obtains a backup or the storage reads the data', status === undefined ? undefined : 'tde_status');
  },
};
