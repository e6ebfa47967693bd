import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { roundup30, roundup31, scoreCvss3 } from './cvss3.ts';

// Base scores as the FIRST v3.x calculator publishes them (vector -> score).
const v31: ReadonlyArray<readonly [string, number]> = [
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:L/A:L', 9.9],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:L/A:N', 9.3],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N', 8.6],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:L', 8.3],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N', 7.2],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N', 5.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N', 0.0],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:L', 9.4],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N', 9.1],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:L', 8.6],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N', 8.2],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L', 7.3],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N', 6.5],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0.0],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H', 9.6],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:N/A:N', 7.4],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:N/A:N', 4.7],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N', 5.4],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:L', 4.3],
  // Privileges required with a changed scope use the raised weights (L 0.68, H 0.5).
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N', 5.0],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:N/I:N/A:H', 7.7],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H', 9.0],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:N/A:N', 4.1],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H', 9.1],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:L', 6.6],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:N/A:N', 4.1],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:U/C:H/I:H/A:H', 8.0],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N', 3.5],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', 7.2],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:L/A:L', 6.0],
  ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:N/A:N', 4.9],
];

const v30: ReadonlyArray<readonly [string, number]> = [
  ['CVSS:3.0/AV:A/AC:L/PR:H/UI:R/S:U/C:L/I:H/A:H', 6.2],
  ['CVSS:3.0/AV:A/AC:L/PR:H/UI:R/S:U/C:L/I:L/A:L', 4.1],
  ['CVSS:3.0/AV:A/AC:L/PR:H/UI:R/S:U/C:L/I:N/A:N', 2.1],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H', 8.3],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:N/S:C/C:L/I:L/A:L', 5.8],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:N/S:C/C:L/I:N/A:N', 3.4],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L', 5.0],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:R/S:C/C:H/I:L/A:L', 7.0],
  ['CVSS:3.0/AV:A/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 2.6],
  ['CVSS:3.0/AV:A/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:H', 8.0],
  ['CVSS:3.0/AV:A/AC:H/PR:L/UI:N/S:C/C:L/I:N/A:N', 3.0],
  ['CVSS:3.0/AV:A/AC:H/PR:L/UI:R/S:C/C:L/I:L/A:N', 4.0],
  ['CVSS:3.0/AV:A/AC:H/PR:L/UI:R/S:U/C:L/I:N/A:N', 2.3],
  ['CVSS:3.0/AV:A/AC:H/PR:H/UI:N/S:C/C:H/I:H/A:H', 7.6],
  ['CVSS:3.0/AV:A/AC:H/PR:H/UI:N/S:C/C:L/I:L/A:N', 4.0],
  ['CVSS:3.0/AV:A/AC:L/PR:H/UI:R/S:U/C:N/I:N/A:N', 0.0],
];

describe('scoreCvss3', () => {
  for (const [vector, score] of [...v31, ...v30]) {
    it(`${vector} scores ${score.toFixed(1)}`, () => {
      assert.deepEqual(scoreCvss3(vector), { version: vector.slice(5, 8), score });
    });
  }

  it('ignores temporal and environmental metrics for the base score', () => {
    const withExtras = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U/CR:L/IR:L/AR:L/MAV:P/MC:N';
    assert.deepEqual(scoreCvss3(withExtras), { version: '3.1', score: 9.8 });
  });

  it('accepts metrics in any order', () => {
    assert.deepEqual(scoreCvss3('CVSS:3.1/S:U/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N'), { version: '3.1', score: 9.8 });
  });

  it('returns an error, never a score, for malformed vectors', () => {
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', /missing base metric A/],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:L', /"A" appears twice/],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y', /unknown metric "XX"/],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:U/A:H', /I has invalid value "U"/],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/', /malformed metric ""/],
      ['CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /not a CVSS v3.0\/v3.1 vector/],
      ['AV:N/AC:L/Au:N/C:P/I:P/A:P', /not a CVSS v3.0\/v3.1 vector/],
    ];
    for (const [vector, message] of cases) {
      const result = scoreCvss3(vector);
      assert.ok('error' in result, `${vector} should be rejected`);
      assert.match(result.error, message);
    }
  });
});

describe('Roundup', () => {
  it('3.1 rounds up to one decimal without float noise', () => {
    assert.equal(roundup31(4.02), 4.1);
    assert.equal(roundup31(4.0), 4.0);
    // A product that should be exactly 4.0 but carries float noise stays 4.0 in 3.1 ...
    assert.equal(roundup31(4.000000000000001), 4.0);
    // ... while 3.0's plain ceiling pushes it up, as the 3.0 calculator did.
    assert.equal(roundup30(4.000000000000001), 4.1);
    assert.equal(roundup30(4.02), 4.1);
  });
});
