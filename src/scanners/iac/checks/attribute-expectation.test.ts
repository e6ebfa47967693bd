import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { checkBoolean, checkOneOf, checkPresent } from './attribute-expectation.ts';

function resource(attributes: IacObject): IacResource {
  return { format: 'terraform', type: 'azurerm_thing', name: 't', address: 'azurerm_thing.t', path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('checkBoolean', () => {
  it('passes the wanted value, written as a boolean or a string, and fails the other', () => {
    assert.equal(checkBoolean(resource({ on: true }), ['on'], true, 'fail', 'm').outcome, 'pass');
    assert.equal(checkBoolean(resource({ on: 'true' }), ['on'], true, 'fail', 'm').outcome, 'pass');
    assert.deepEqual(checkBoolean(resource({ on: false }), ['on'], true, 'pass', 'm'), { outcome: 'fail', message: 'm', path: 'on' });
  });

  it('judges a missing setting by the provider default it is told, at the first path', () => {
    assert.equal(checkBoolean(resource({}), ['on'], true, 'pass', 'm').outcome, 'pass');
    assert.deepEqual(checkBoolean(resource({ on: null }), ['on', 'old_on'], true, 'fail', 'm'), { outcome: 'fail', message: 'm', path: 'on' });
  });

  it('falls back to an older attribute name, and reports unknown values as unknown', () => {
    assert.deepEqual(checkBoolean(resource({ old_on: false }), ['on', 'old_on'], true, 'pass', 'm'), { outcome: 'fail', message: 'm', path: 'old_on' });
    assert.equal(checkBoolean(resource({ on: new UnknownValue('var.on') }), ['on'], true, 'fail', 'm').outcome, 'unknown');
    assert.equal(checkBoolean(resource({ block: [new UnknownValue('dynamic')] }), ['block.on'], true, 'fail', 'm').outcome, 'unknown');
  });
});

describe('checkOneOf', () => {
  it('compares without case and reads numbers as text', () => {
    assert.equal(checkOneOf(resource({ tls: 'tls1_2' }), ['tls'], ['TLS1_2'], 'fail', 'm').outcome, 'pass');
    assert.equal(checkOneOf(resource({ tls: 1.2 }), ['tls'], ['1.2'], 'fail', 'm').outcome, 'pass');
    assert.equal(checkOneOf(resource({ tls: 'TLS1_0' }), ['tls'], ['TLS1_2'], 'pass', 'm').outcome, 'fail');
    assert.equal(checkOneOf(resource({ tls: ['TLS1_2'] }), ['tls'], ['TLS1_2'], 'pass', 'm').outcome, 'fail');
  });
});

describe('checkPresent', () => {
  it('passes any written value, unknown included, and fails a missing or empty one', () => {
    assert.equal(checkPresent(resource({ id: new UnknownValue('not in config') }), ['id'], 'm').outcome, 'pass');
    assert.equal(checkPresent(resource({ id: 'x' }), ['id'], 'm').outcome, 'pass');
    assert.equal(checkPresent(resource({ id: '' }), ['id'], 'm').outcome, 'fail');
    assert.equal(checkPresent(resource({ ids: [] }), ['ids'], 'm').outcome, 'fail');
  });
});
