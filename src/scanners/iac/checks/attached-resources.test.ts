import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';
import { ResourceGraph } from '../resource-graph.ts';
import { attachedResources } from './attached-resources.ts';

function resource(type: string, name: string, attributes: IacObject, references: string[] = []): IacResource {
  return { format: 'terraform', type, name, address: `${type}.${name}`, path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references };
}

describe('attachedResources', () => {
  const good = resource('azurerm_sql_server', 'good', { name: 'shared' });
  const bad = resource('azurerm_sql_server', 'bad', { name: 'shared' });
  const admin = resource('azurerm_sql_active_directory_administrator', 'admin', { server_name: 'shared' }, ['azurerm_sql_server.good']);
  const literal = resource('azurerm_sql_active_directory_administrator', 'literal', { server_name: 'other' });
  const other = resource('azurerm_sql_server', 'other', { name: 'other' });
  const graph = new ResourceGraph([good, bad, other, admin, literal]);
  const match = { attribute: 'server_name', targetAttribute: 'name' };

  it('follows the reference when the candidate names a resource of the target type', () => {
    assert.deepEqual(attachedResources(good, graph, 'azurerm_sql_active_directory_administrator', match).map((r) => r.name), ['admin']);
    assert.deepEqual(attachedResources(bad, graph, 'azurerm_sql_active_directory_administrator', match), []);
  });

  it('falls back to the literal name when the candidate refers to no resource of the target type', () => {
    assert.deepEqual(attachedResources(other, graph, 'azurerm_sql_active_directory_administrator', match).map((r) => r.name), ['literal']);
  });
});
