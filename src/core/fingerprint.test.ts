import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprintFinding } from './fingerprint.ts';

describe('fingerprintFinding', () => {
  it('depends on rule, path, content and occurrence, not on where the line is', () => {
    const base = fingerprintFinding('github-token', 'a.env', 'ghp_x', 0);
    assert.equal(fingerprintFinding('github-token', 'a.env', 'ghp_x', 0), base);
    assert.notEqual(fingerprintFinding('aws-access-key-id', 'a.env', 'ghp_x', 0), base);
    assert.notEqual(fingerprintFinding('github-token', 'b.env', 'ghp_x', 0), base);
    assert.notEqual(fingerprintFinding('github-token', 'a.env', 'ghp_y', 0), base);
    assert.notEqual(fingerprintFinding('github-token', 'a.env', 'ghp_x', 1), base);
  });

  it('ignores whitespace differences in the content', () => {
    assert.equal(fingerprintFinding('r', 'p', 'a  b\n', 0), fingerprintFinding('r', 'p', 'a b', 0));
  });
});
