import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { databaseFlag, flagValueIs, sqlEngine } from './gcp-sql-database-flags.ts';

function instance(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'google_sql_database_instance', name: 'db', address: 'google_sql_database_instance.db', path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('Cloud SQL flags', () => {
  it('tells engines apart', () => {
    assert.equal(sqlEngine(instance({ database_version: 'POSTGRES_15' })), 'postgres');
    assert.equal(sqlEngine(instance({ database_version: 'MYSQL_8_0' })), 'mysql');
    assert.equal(sqlEngine(instance({ database_version: 'SQLSERVER_2019_STANDARD' })), 'sqlserver');
    assert.equal(sqlEngine(instance({})), undefined);
  });

  it('finds a flag by name and keeps an unknown flag name as undecided', () => {
    const db = instance({ settings: [{ database_flags: [{ name: 'log_connections', value: 'on' }, { name: 'log_disconnections', value: 'off' }] }] });
    assert.deepEqual(databaseFlag(db, 'log_disconnections'), { state: 'set', value: 'off', path: 'settings.0.database_flags.1.value' });
    assert.deepEqual(databaseFlag(db, 'local_infile'), { state: 'absent' });
    const unknown = new UnknownValue('var.flag has no value');
    const maybe = instance({ settings: [{ database_flags: [{ name: unknown, value: 'on' }] }] });
    assert.deepEqual(databaseFlag(maybe, 'local_infile'), { state: 'absent', undecided: unknown });
    assert.equal(flagValueIs('ON', 'on'), true);
    assert.equal(flagValueIs('off', 'on'), false);
  });
});
