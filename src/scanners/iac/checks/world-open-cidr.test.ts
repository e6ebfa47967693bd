import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownValue } from '../iac-value.ts';
import { isWorldCidr, opensToWorld } from './world-open-cidr.ts';

describe('opensToWorld', () => {
  it('finds IPv4 and IPv6 "any" blocks in strings and lists', () => {
    assert.equal(isWorldCidr('0.0.0.0/0'), true);
    assert.equal(isWorldCidr('10.0.0.0/8'), false);
    assert.equal(opensToWorld([['10.0.0.0/8'], '::/0']), true);
    assert.equal(opensToWorld([['10.0.0.0/8'], undefined]), false);
  });

  it('is unknown only when no known entry is open', () => {
    const unknown = new UnknownValue('var.cidr has no value');
    assert.equal(opensToWorld([[unknown, '0.0.0.0/0']]), true);
    assert.equal(opensToWorld([[unknown, '10.0.0.0/8']]), unknown);
  });
});
