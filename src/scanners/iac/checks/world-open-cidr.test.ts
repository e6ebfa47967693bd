import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownValue } from '../iac-value.ts';
import { isWorldCidr, opensToWorld } from './world-open-cidr.ts';

describe('isWorldCidr', () => {
  it('knows the prefix-zero CIDRs in every spelling set', () => {
    for (const spellings of ['cidr', 'cidr-or-bare-address', 'cidr-or-keyword'] as const) {
      assert.equal(isWorldCidr('0.0.0.0/0', spellings), true);
      assert.equal(isWorldCidr(' ::/0 ', spellings), true);
      assert.equal(isWorldCidr('0000:0000:0000:0000:0000:0000:0000:0000/0', spellings), true);
      assert.equal(isWorldCidr('10.0.0.0/8', spellings), false);
    }
  });

  it('counts bare addresses and keywords only when the caller asks for them', () => {
    assert.equal(isWorldCidr('0.0.0.0'), false);
    assert.equal(isWorldCidr('*'), false);
    assert.equal(isWorldCidr('0.0.0.0', 'cidr-or-bare-address'), true);
    assert.equal(isWorldCidr('::0', 'cidr-or-bare-address'), true);
    assert.equal(isWorldCidr('Internet', 'cidr-or-bare-address'), false);
    assert.equal(isWorldCidr('Internet', 'cidr-or-keyword'), true);
    assert.equal(isWorldCidr('*', 'cidr-or-keyword'), true);
    assert.equal(isWorldCidr('0.0.0.0', 'cidr-or-keyword'), false);
  });
});

describe('opensToWorld', () => {
  it('finds IPv4 and IPv6 "any" blocks in strings and lists', () => {
    assert.equal(opensToWorld([['10.0.0.0/8'], '::/0']), true);
    assert.equal(opensToWorld([['10.0.0.0/8'], undefined]), false);
    assert.equal(opensToWorld([['0.0.0.0']]), false);
    assert.equal(opensToWorld([['0.0.0.0']], 'cidr-or-bare-address'), true);
  });

  it('is unknown only when no known entry is open', () => {
    const unknown = new UnknownValue('var.cidr has no value');
    assert.equal(opensToWorld([[unknown, '0.0.0.0/0']]), true);
    assert.equal(opensToWorld([[unknown, '10.0.0.0/8']]), unknown);
  });
});
