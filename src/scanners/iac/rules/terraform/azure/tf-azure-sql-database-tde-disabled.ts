import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/** Transparent data encryption keeps database files, backups and logs encrypted at rest; turned off, they are readable wherever they are copied. */
export const tfAzureSqlDatabaseTdeDisabled: IacRule = {
  id: 'tf-azure-sql-database-tde-disabled',
  title: 'SQL database with transparent data encryption turned off',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_database'],
  tags: ['CWE-311'],
  equivalents: ['CKV2_AZURE_25'],
  description: 'An `azurerm_mssql_database` with `transparent_data_encryption_enabled = false` (the default is `true`).',
  remediation: 'Remove `transparent_data_encryption_enabled = false`, or set it to `true`.',
  check: (database) => expectAttribute(database, 'transparent_data_encryption_enabled', { accept: isBoolean(true), whenMissing: 'pass', message: 'database files, backups and logs are not encrypted at rest: whoever gets a copy reads the data' }),
};
