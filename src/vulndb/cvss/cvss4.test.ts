import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCvss4 } from './cvss4.ts';

// Base scores (CVSS-B) as FIRST's v4.0 calculator publishes them (vector -> score).
const published: ReadonlyArray<readonly [string, number]> = [
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L', 9.2],
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:H/SI:N/SA:L', 7.8],
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:L/SA:N', 6.9],
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H', 7.9],
  ['AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:N/VA:L/SC:N/SI:H/SA:N', 8.3],
  ['AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:N/SC:L/SI:N/SA:L', 5.3],
  ['AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.6],
  ['AV:N/AC:L/AT:N/PR:N/UI:A/VC:L/VI:L/VA:N/SC:N/SI:L/SA:L', 5.1],
  ['AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:L/VA:N/SC:H/SI:N/SA:L', 8.4],
  ['AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:H/VA:H/SC:N/SI:N/SA:L', 7.2],
  ['AV:N/AC:L/AT:N/PR:L/UI:P/VC:H/VI:L/VA:L/SC:L/SI:L/SA:L', 7.0],
  ['AV:N/AC:L/AT:N/PR:L/UI:A/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H', 9.3],
  ['AV:N/AC:L/AT:N/PR:L/UI:A/VC:N/VI:H/VA:H/SC:N/SI:N/SA:L', 6.9],
  ['AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:N', 5.1],
  ['AV:N/AC:L/AT:N/PR:H/UI:P/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N', 4.8],
  ['AV:N/AC:L/AT:N/PR:H/UI:A/VC:L/VI:N/VA:N/SC:H/SI:N/SA:H', 6.0],
  ['AV:N/AC:L/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H', 6.2],
  ['AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H', 9.5],
  ['AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:L/VA:L/SC:H/SI:L/SA:L', 7.0],
  ['AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:L/VA:N/SC:H/SI:N/SA:N', 4.9],
  ['AV:N/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N', 2.1],
  ['AV:N/AC:L/AT:P/PR:L/UI:N/VC:N/VI:N/VA:N/SC:N/SI:L/SA:N', 2.3],
  ['AV:N/AC:L/AT:P/PR:L/UI:A/VC:L/VI:L/VA:N/SC:N/SI:H/SA:L', 4.5],
  ['AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:N/SA:N', 1.8],
  ['AV:N/AC:L/AT:P/PR:H/UI:A/VC:L/VI:N/VA:L/SC:L/SI:H/SA:N', 4.3],
  ['AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:L/SI:H/SA:L', 9.4],
  ['AV:N/AC:H/AT:N/PR:L/UI:P/VC:H/VI:H/VA:H/SC:H/SI:L/SA:H', 8.8],
  ['AV:N/AC:H/AT:N/PR:L/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H', 5.2],
  ['AV:N/AC:H/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:H/SA:N', 4.0],
  ['AV:N/AC:H/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:L/SA:N', 9.5],
  ['AV:N/AC:H/AT:P/PR:N/UI:N/VC:N/VI:L/VA:N/SC:L/SI:H/SA:L', 7.0],
  ['AV:L/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:L/SC:H/SI:N/SA:N', 9.2],
  ['AV:L/AC:L/AT:N/PR:L/UI:A/VC:L/VI:L/VA:N/SC:L/SI:N/SA:L', 2.4],
  ['AV:L/AC:L/AT:N/PR:H/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:L', 4.6],
  ['AV:L/AC:L/AT:N/PR:H/UI:P/VC:H/VI:N/VA:H/SC:N/SI:N/SA:N', 5.2],
  ['AV:L/AC:L/AT:P/PR:N/UI:P/VC:L/VI:N/VA:N/SC:N/SI:N/SA:L', 2.0],
  ['AV:L/AC:L/AT:P/PR:L/UI:P/VC:N/VI:N/VA:N/SC:H/SI:N/SA:N', 1.8],
  ['AV:L/AC:L/AT:P/PR:L/UI:A/VC:L/VI:N/VA:N/SC:N/SI:L/SA:L', 1.0],
  ['AV:L/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:H/SI:N/SA:L', 8.6],
  ['AV:L/AC:H/AT:N/PR:L/UI:N/VC:H/VI:H/VA:N/SC:H/SI:N/SA:N', 8.4],
  ['AV:L/AC:H/AT:N/PR:L/UI:A/VC:H/VI:L/VA:H/SC:L/SI:N/SA:L', 4.6],
  ['AV:L/AC:H/AT:N/PR:H/UI:P/VC:N/VI:H/VA:H/SC:H/SI:H/SA:L', 6.0],
  ['AV:L/AC:H/AT:P/PR:N/UI:A/VC:H/VI:H/VA:H/SC:L/SI:L/SA:H', 8.6],
  ['AV:L/AC:H/AT:P/PR:L/UI:A/VC:H/VI:H/VA:N/SC:N/SI:H/SA:N', 6.7],
  ['AV:L/AC:H/AT:P/PR:H/UI:N/VC:N/VI:N/VA:L/SC:H/SI:H/SA:L', 4.7],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 7.3],
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0.0],
];

// Scores with threat and environmental metrics applied (CVSS-BTE), from the same calculator.
const withThreatAndEnvironment: ReadonlyArray<readonly [string, number]> = [
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A', 7.3],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P', 5.9],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U', 4.1],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:H/IR:H/AR:M', 7.2],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:H/IR:M/AR:L', 7.1],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:M/IR:M/AR:M', 5.5],
  ['AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:L/IR:L/AR:L', 5.4],
  ['AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A', 0.0],
];

describe('scoreCvss4', () => {
  for (const [metrics, score] of published) {
    it(`CVSS:4.0/${metrics} scores ${score.toFixed(1)}`, () => {
      assert.deepEqual(scoreCvss4(`CVSS:4.0/${metrics}`), { version: '4.0', score });
    });
  }

  for (const [metrics, score] of withThreatAndEnvironment) {
    it(`CVSS:4.0/${metrics} scores ${score.toFixed(1)} with threat and environmental metrics`, () => {
      assert.deepEqual(scoreCvss4(`CVSS:4.0/${metrics}`, { metrics: 'all' }), { version: '4.0', score });
    });
  }

  it('ignores threat, environmental and supplemental metrics for the base score', () => {
    const base = 'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H';
    assert.deepEqual(scoreCvss4(`${base}/E:U/CR:L/IR:L/AR:L/MAV:N/MSI:S/S:P/AU:Y/R:I/V:C/RE:H/U:Red`), { version: '4.0', score: 7.3 });
  });

  it('lets modified metrics replace base ones when all metrics apply', () => {
    const base = 'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N';
    assert.deepEqual(scoreCvss4(`${base}/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H`, { metrics: 'all' }), { version: '4.0', score: 9.3 });
    assert.deepEqual(scoreCvss4(`${base}/MAV:X/MVC:X`, { metrics: 'all' }), { version: '4.0', score: 0 });
  });

  it('returns an error, never a score, for malformed vectors', () => {
    const full = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N', /missing base metric SA/],
      ['CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H', /missing base metrics AT, SC, SI, SA/],
      [`${full}/AV:L`, /"AV" appears twice/],
      [`${full}/S:U`, /metric S has invalid value "U"/],
      [`${full}/XX:Y`, /unknown metric "XX"/],
      [full.replace('SI:N', 'SI:S'), /SI has invalid value "S"/],
      [`${full}/`, /malformed metric ""/],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /not a CVSS v4.0 vector/],
    ];
    for (const [vector, message] of cases) {
      const result = scoreCvss4(vector);
      assert.ok('error' in result, `${vector} should be rejected`);
      assert.match(result.error, message);
    }
  });
});
