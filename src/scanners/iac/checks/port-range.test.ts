import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownValue } from '../iac-value.ts';
import { rangeCoversPort } from './port-range.ts';

describe('rangeCoversPort', () => {
  it('covers a port inside the range, numbers or numeric strings', () => {
    assert.equal(rangeCoversPort(20, 25, 22), true);
    assert.equal(rangeCoversPort('22', '22', 22), true);
    assert.equal(rangeCoversPort(80, 443, 22), false);
  });

  it('reads 0-0 and protocol -1 as every port', () => {
    assert.equal(rangeCoversPort(0, 0, 22), true);
    assert.equal(rangeCoversPort(0, 65535, 22, '-1'), true);
    assert.equal(rangeCoversPort(undefined, undefined, 22, '-1'), true);
    assert.equal(rangeCoversPort(undefined, undefined, 22, 'tcp'), false);
  });

  it('gives the unknown when a bound is unknown', () => {
    const unknown = new UnknownValue('var.port has no value');
    assert.equal(rangeCoversPort(unknown, 25, 22), unknown);
  });
});
