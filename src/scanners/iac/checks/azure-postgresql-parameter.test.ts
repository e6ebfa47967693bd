import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { checkParameterNotOff } from './azure-postgresql-parameter.ts';

function configuration(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'azurerm_postgresql_configuration', name: 'c', address: 'azurerm_postgresql_configuration.c', path: 'main.tf', startLine: 1, endLine: 5, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('checkParameterNotOff', () => {
  it('fails only the named parameter set to off, in any case', () => {
    assert.equal(checkParameterNotOff(configuration({ name: 'log_checkpoints', value: 'OFF' }), 'log_checkpoints', 'm').outcome, 'fail');
    assert.equal(checkParameterNotOff(configuration({ name: 'log_checkpoints', value: 'on' }), 'log_checkpoints', 'm').outcome, 'pass');
    assert.equal(checkParameterNotOff(configuration({ name: 'log_connections', value: 'off' }), 'log_checkpoints', 'm').outcome, 'pass');
  });

  it('cannot tell when the name or value is unknown', () => {
    assert.equal(checkParameterNotOff(configuration({ name: new UnknownValue('var.name'), value: 'off' }), 'log_checkpoints', 'm').outcome, 'unknown');
    assert.equal(checkParameterNotOff(configuration({ name: 'log_checkpoints', value: new UnknownValue('var.value') }), 'log_checkpoints', 'm').outcome, 'unknown');
  });
});
