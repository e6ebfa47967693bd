import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cvssRating, ratingToSeverity, scoreCvssVector } from './index.ts';

describe('cvssRating', () => {
  it('follows the FIRST qualitative scale at every boundary', () => {
    const cases: ReadonlyArray<readonly [number, string]> = [
      [0, 'none'], [0.1, 'low'], [3.9, 'low'], [4.0, 'medium'], [6.9, 'medium'],
      [7.0, 'high'], [8.9, 'high'], [9.0, 'critical'], [10, 'critical'],
    ];
    for (const [score, rating] of cases) assert.equal(cvssRating(score), rating, `score ${score}`);
  });

  it('maps "none" to rampart\'s info and keeps the others', () => {
    assert.equal(ratingToSeverity('none'), 'info');
    assert.equal(ratingToSeverity('low'), 'low');
    assert.equal(ratingToSeverity('critical'), 'critical');
  });
});

describe('scoreCvssVector', () => {
  it('scores a v3.1 vector with version, rating and the vector itself', () => {
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
    assert.deepEqual(scoreCvssVector(` ${vector}\n`), { version: '3.1', score: 9.8, severity: 'critical', vector });
  });

  it('scores a zero-impact v3.0 vector as none', () => {
    const vector = 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N';
    assert.deepEqual(scoreCvssVector(vector), { version: '3.0', score: 0, severity: 'none', vector });
  });

  it('returns errors for malformed and unsupported vectors', () => {
    for (const vector of ['', 'CVSS:3.1/AV:N', 'AV:N/AC:L/Au:N/C:P/I:P/A:P', 'CVSS:5.0/AV:N']) {
      assert.ok('error' in scoreCvssVector(vector), vector);
    }
  });
});
