import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { rdsParameterOn } from './alicloud-rds-parameter.ts';

function instance(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'alicloud_db_instance', name: 'db', address: 'alicloud_db_instance.db', path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('rdsParameterOn', () => {
  it('passes only when the named parameter is on', () => {
    assert.equal(rdsParameterOn(instance({ parameters: [{ name: 'log_duration', value: 'ON' }] }), 'log_duration', 'm').outcome, 'pass');
    assert.deepEqual(rdsParameterOn(instance({ parameters: [{ name: 'log_duration', value: 'off' }] }), 'log_duration', 'm'), { outcome: 'fail', message: 'm', path: 'parameters.0.value' });
    assert.equal(rdsParameterOn(instance({}), 'log_duration', 'm').outcome, 'fail');
  });

  it('is unknown when a parameter name or value could not be evaluated', () => {
    const unknownValue = new UnknownValue('var.p has no value');
    assert.equal(rdsParameterOn(instance({ parameters: [{ name: unknownValue, value: 'on' }] }), 'log_duration', 'm').outcome, 'unknown');
    assert.equal(rdsParameterOn(instance({ parameters: [{ name: 'log_duration', value: unknownValue }] }), 'log_duration', 'm').outcome, 'unknown');
  });
});
