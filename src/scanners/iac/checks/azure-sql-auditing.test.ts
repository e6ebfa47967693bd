import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { ResourceGraph } from '../resource-graph.ts';
import { sqlAuditingPolicies } from './azure-sql-auditing.ts';

function resource(type: string, name: string, attributes: IacObject, references: string[] = []): IacResource {
  return { format: 'terraform', type, name, address: `${type}.${name}`, path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references };
}

describe('sqlAuditingPolicies', () => {
  it('finds the inline block and enabled policy resources that refer to the server', () => {
    const server = resource('azurerm_mssql_server', 's', { extended_auditing_policy: [{ retention_in_days: 30 }] });
    const joined = resource('azurerm_mssql_server_extended_auditing_policy', 'on', { server_id: new UnknownValue('id', ['azurerm_mssql_server.s']) }, ['azurerm_mssql_server.s']);
    const disabled = resource('azurerm_mssql_server_extended_auditing_policy', 'off', { enabled: false }, ['azurerm_mssql_server.s']);
    const elsewhere = resource('azurerm_mssql_server_extended_auditing_policy', 'other', {}, ['azurerm_mssql_server.other']);
    const policies = sqlAuditingPolicies(server, new ResourceGraph([server, joined, disabled, elsewhere]));
    assert.deepEqual(policies.map((policy) => [policy.inline, policy.resource.address]), [[true, 'azurerm_mssql_server.s'], [false, 'azurerm_mssql_server_extended_auditing_policy.on']]);
  });

  it('returns nothing for a server without auditing, and keeps an unknown dynamic block', () => {
    const bare = resource('azurerm_sql_server', 'bare', {});
    assert.deepEqual(sqlAuditingPolicies(bare, new ResourceGraph([bare])), []);
    const dynamic = resource('azurerm_sql_server', 'dynamic', { extended_auditing_policy: [new UnknownValue('for_each unknown')] });
    assert.ok(sqlAuditingPolicies(dynamic, new ResourceGraph([dynamic]))[0]?.settings instanceof UnknownValue);
  });
});
