import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cvssRating, pickCvssScore, ratingToSeverity, scoreCvssVector } from './index.ts';

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

describe('scoreCvssVector on v4.0', () => {
  it('scores a v4.0 vector', () => {
    const vector = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    assert.deepEqual(scoreCvssVector(vector), { version: '4.0', score: 9.3, severity: 'critical', vector });
  });
});

describe('pickCvssScore', () => {
  const v31 = { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N' };
  const v30 = { type: 'CVSS_V3', score: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' };
  const v40 = { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N' };

  it('prefers the newest version, not the highest score', () => {
    assert.equal(pickCvssScore([v30, v40, v31])?.version, '4.0');
    assert.equal(pickCvssScore([v30, v31])?.version, '3.1');
    assert.equal(pickCvssScore([v30, v31])?.score, 5.3);
  });

  it('skips malformed vectors and other severity types', () => {
    const broken = { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' };
    const v2 = { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' };
    assert.equal(pickCvssScore([broken, v2, v30])?.version, '3.0');
    assert.equal(pickCvssScore([broken, v2]), undefined);
    assert.equal(pickCvssScore([]), undefined);
  });
});
