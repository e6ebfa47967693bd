import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSemver, semverScheme } from './semver.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('semver scheme', () => {
  it('orders prereleases by identifier as SemVer 2.0 section 11 describes', () => {
    assertAscending(semverScheme, [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1-0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ]);
  });

  it('compares numbers beyond 2^53 exactly, in the core and in numeric prerelease identifiers', () => {
    assertAscending(semverScheme, ['9007199254740992.0.0', '9007199254740993.0.0', '10000000000000000000000.0.0']);
    assertAscending(semverScheme, ['1.0.0-9007199254740992', '1.0.0-9007199254740993']);
    assertAscending(semverScheme, ['0.0.18446744073709551615', '0.0.18446744073709551616']);
  });

  it('ignores build metadata and tolerates a leading v', () => {
    assertAllEqual(semverScheme, ['1.2.3', 'v1.2.3', '1.2.3+build.7', 'v1.2.3+other']);
    assert.deepEqual(parseSemver('1.2.3+exp.sha.5114f85'), {
      ok: true,
      value: { major: '1', minor: '2', patch: '3', prerelease: [], build: ['exp', 'sha', '5114f85'] },
    });
  });

  it('puts numeric identifiers below alphanumeric ones and compares the rest in ASCII order', () => {
    assertAscending(semverScheme, ['1.0.0-2', '1.0.0-10', '1.0.0-10a', '1.0.0-B', '1.0.0-a', '1.0.0-a-b', '1.0.0-ab']);
    assertAscending(semverScheme, ['1.0.0-1', '1.0.0--']);
  });

  it('treats a longer prerelease with an equal prefix as higher', () => {
    assertAscending(semverScheme, ['1.0.0-a', '1.0.0-a.0', '1.0.0-a.0.0']);
  });

  it('reads MAJOR and MAJOR.MINOR without a prerelease as zero-padded, as advisory bounds use them', () => {
    assertAllEqual(semverScheme, ['1', '1.0', '1.0.0', 'v1.0']);
    assertAscending(semverScheme, ['1.0.0-rc.1', '1.0', '1.0.1', '1.1']);
  });

  it('rejects versions that are not SemVer 2.0', () => {
    assertInvalid(semverScheme, ['', '1.2-rc.1', '1.2+build', '01.2.3', '1.02.3', '1.2.3-01', '1.2.3-', '1.2.3-a..b', '1.2.3+', 'V1.2.3', ' 1.2.3', '1.2.3.4', 'x.y.z']);
    assert.deepEqual(parseSemver('1.2.3-01'), { ok: false, reason: 'numeric prerelease identifier "01" has a leading zero' });
  });

  it('sorts a shuffled list into precedence order', () => {
    const expected = ['0.0.1', '0.1.0-rc.1', '0.1.0', '1.0.0-alpha', '1.0.0', '1.10.0', '1.9007199254740993.0'];
    const shuffled = [expected[4]!, expected[0]!, expected[6]!, expected[2]!, expected[5]!, expected[1]!, expected[3]!];
    assert.deepEqual(shuffled.sort(semverScheme.compare), expected);
  });
});
