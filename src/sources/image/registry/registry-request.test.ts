import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRetryAfter } from './registry-request.ts';

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    assert.equal(parseRetryAfter('7'), 7000);
    assert.equal(parseRetryAfter('Thu, 26 Nov 2026 01:00:10 GMT', Date.parse('2026-11-26T01:00:00Z')), 10_000);
    assert.equal(parseRetryAfter('Thu, 26 Nov 2026 00:59:00 GMT', Date.parse('2026-11-26T01:00:00Z')), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
  });
});
