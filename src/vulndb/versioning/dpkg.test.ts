import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dpkgScheme, parseDpkgVersion } from './dpkg.ts';
import { generateVersionPairs, mutate, pick, randomText, type Random } from './generated-version-pairs.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

const upstreamAlphabet = '0000111222345678999....++~~~aabzAZ';
const revisionAlphabet = '0011223456789..+~~ab';

function makeDebianVersion(random: Random): string {
  const epoch = pick(random, ['', '', '', '', '0:', '1:', '2:', '10:', '01:', '2147483647:']);
  const upstream = randomText(random, '0123456789', 1) + randomText(random, upstreamAlphabet, Math.floor(random() * 8));
  const revision = random() < 0.6 ? `-${randomText(random, revisionAlphabet, 1 + Math.floor(random() * 4))}` : '';
  return `${epoch}${upstream}${revision}`;
}

function nearDebianVersion(random: Random, version: string): string | undefined {
  const roll = random();
  const near =
    roll < 0.1
      ? version.replace(/^\d+:/, '') // drop the epoch (a leading "N:")
      : roll < 0.2
        ? `${version}~${randomText(random, 'abc1', 1)}`
        : roll < 0.3 && !version.includes('-')
          ? `${version}-${randomText(random, revisionAlphabet, 1)}`
          : mutate(random, version, roll < 0.65 ? upstreamAlphabet : revisionAlphabet);
  return parseDpkgVersion(near).ok && !/^0\d*:|:.*:/.test(near) ? near : undefined; // no zero-padded-epoch edits, one colon at most
}

/** Asks the real dpkg for every verdict in one shell process (dpkg has no batch mode of its own). */
function dpkgVerdicts(pairs: ReadonlyArray<[string, string]>): number[] {
  try {
    execFileSync('dpkg', ['--version'], { stdio: 'ignore' });
  } catch {
    assert.fail('dpkg is not installed: this test checks the dpkg scheme against `dpkg --compare-versions` (apt-get install dpkg)');
  }
  const script = [
    'while read -r a b; do',
    '  if dpkg --compare-versions "$a" lt "$b"; then echo -1;',
    '  elif dpkg --compare-versions "$a" eq "$b"; then echo 0;',
    '  else echo 1; fi',
    'done',
  ].join('\n');
  const input = pairs.map(([a, b]) => `${a} ${b}\n`).join('');
  const output = execFileSync('sh', ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 24 });
  return output.trim().split('\n').map(Number);
}

describe('dpkg scheme', () => {
  it('sorts ~ before everything, even the end of the string', () => {
    assertAscending(dpkgScheme, ['1.0~~', '1.0~~a', '1.0~', '1.0', '1.0a', '1.0+', '1.0.1']);
    assertAscending(dpkgScheme, ['2.30~rc1-1', '2.30-1~deb12u1', '2.30-1', '2.30-1+deb12u1']);
  });

  it('sorts letters before non-letters and compares digit runs numerically at any length', () => {
    assertAscending(dpkgScheme, ['1.0a', '1.0z', '1.0+', '1.0.']);
    assertAscending(dpkgScheme, ['1.9', '1.10', '1.99999999999999999999', '1.100000000000000000000']);
    assertAscending(dpkgScheme, ['1.0A', '1.0Z', '1.0a']);
  });

  it('lets the epoch outweigh everything after it', () => {
    assertAscending(dpkgScheme, ['9.9-9', '1:0.1-1', '1:1.0', '2:0~']);
    assertAllEqual(dpkgScheme, ['0:1.0', '1.0', '00:1.0']);
  });

  it('splits the revision at the last hyphen and treats a missing one as empty', () => {
    assertAllEqual(dpkgScheme, ['1.0', '1.0-0', '1.0-00']);
    assertAscending(dpkgScheme, ['1.0-2-1', '1.0-2-2', '1.0-10-1']);
    assert.deepEqual(parseDpkgVersion('1:2.3-rc-4ubuntu1'), { ok: true, value: { epoch: '1', upstream: '2.3-rc', revision: '4ubuntu1' } });
  });

  it('ignores leading zeros in numbers', () => {
    assertAllEqual(dpkgScheme, ['1.01', '1.001', '1.1']);
  });

  it('rejects versions dpkg refuses or warns about', () => {
    assertInvalid(dpkgScheme, ['', ' ', '1.0 1', 'a:1.0', '-1:1.0', ':1.0', '1:', '1.0-', 'a1.0', '1.0_1', '1.0-a_b', '1:2:3-4-5_', '2147483648:1.0', '1.0:1']);
  });

  it('agrees with dpkg --compare-versions on 3000 generated pairs', () => {
    const pairs = generateVersionPairs({ seed: 20_261_125, count: 3000, makeVersion: makeDebianVersion, nearVersion: nearDebianVersion });
    const verdicts = dpkgVerdicts(pairs);
    assert.equal(verdicts.length, pairs.length);
    const disagreements = pairs
      .map(([a, b], index) => ({ a, b, dpkg: verdicts[index], ours: dpkgScheme.compare(a, b) }))
      .filter((row) => row.dpkg !== row.ours);
    assert.deepEqual(disagreements.slice(0, 10), []);
    // The generator must produce every verdict in quantity, or the check proves little.
    for (const verdict of [-1, 0, 1]) assert.ok(verdicts.filter((v) => v === verdict).length > 300, `too few ${verdict} verdicts`);
  });
});
