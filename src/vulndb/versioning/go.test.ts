import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { goScheme, parseGoPseudoVersion } from './go.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('go scheme', () => {
  it('accepts module versions with or without the v that OSV leaves out', () => {
    assertAllEqual(goScheme, ['v1.2.3', '1.2.3']);
    assertAscending(goScheme, ['v1.2.3', '1.2.4', 'v1.10.0']);
  });

  it('orders a pseudo-version on no tag below the first release', () => {
    assertAscending(goScheme, [
      'v0.0.0-20191109021931-daa7c04131f5',
      'v0.0.0-20201109021931-0123456789ab',
      '0.0.1',
    ]);
  });

  it('orders a pseudo-version after a prerelease tag between that tag and the release', () => {
    assertAscending(goScheme, ['v1.2.3-pre', 'v1.2.3-pre.0.20191109021931-daa7c04131f5', 'v1.2.3-pre.1', 'v1.2.3']);
  });

  it('orders a pseudo-version after a release tag between that release and the next patch', () => {
    assertAscending(goScheme, ['v1.2.3', 'v1.2.4-0.20191109021931-daa7c04131f5', 'v1.2.4-0.20200101000000-aaaaaaaaaaaa', 'v1.2.4']);
  });

  it('ignores +incompatible, which is build metadata', () => {
    assertAllEqual(goScheme, ['v2.0.0+incompatible', 'v2.0.0', '2.0.0+incompatible']);
    assertAscending(goScheme, ['v2.0.0+incompatible', 'v2.0.1+incompatible', 'v3.0.0']);
  });

  it('reads the go command shorthand vMAJOR and vMAJOR.MINOR as .0 padded', () => {
    assertAllEqual(goScheme, ['v1', 'v1.0', 'v1.0.0']);
    assertAscending(goScheme, ['v1.2', 'v1.2.1', 'v1.3']);
  });

  it('rejects what the go command rejects', () => {
    assertInvalid(goScheme, ['', 'latest', 'v1.2-pre', 'v01.2.3', 'v1.2.3.4', 'master']);
  });

  it('splits pseudo-versions into base, time and revision', () => {
    assert.deepEqual(parseGoPseudoVersion('v0.0.0-20191109021931-daa7c04131f5'), {
      basePrerelease: '',
      timestamp: '20191109021931',
      revision: 'daa7c04131f5',
    });
    assert.deepEqual(parseGoPseudoVersion('v1.2.3-pre.0.20191109021931-daa7c04131f5'), {
      basePrerelease: 'pre.0',
      timestamp: '20191109021931',
      revision: 'daa7c04131f5',
    });
    assert.deepEqual(parseGoPseudoVersion('1.2.4-0.20191109021931-daa7c04131f5+incompatible'), {
      basePrerelease: '0',
      timestamp: '20191109021931',
      revision: 'daa7c04131f5',
    });
    assert.equal(parseGoPseudoVersion('v1.2.3'), undefined);
    assert.equal(parseGoPseudoVersion('v1.2.3-20191109021931-daa7c04131f5'), undefined);
    assert.equal(parseGoPseudoVersion('v1.0.0-rc.1'), undefined);
  });
});
