import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rubygemsScheme } from './rubygems.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('rubygems scheme', () => {
  it('puts a version with letters below the release it precedes', () => {
    assertAscending(rubygemsScheme, ['1.0.a', '1.0.b1', '1.0.rc1', '1.0', '1.0.1']);
    assertAscending(rubygemsScheme, ['2.0.0.beta1', '2.0.0.beta2', '2.0.0.beta10', '2.0.0.rc1', '2.0.0']);
  });

  it('reads a hyphen as .pre. so 1.0-rc1 is a prerelease', () => {
    assertAllEqual(rubygemsScheme, ['1.0-rc1', '1.0.pre.rc1']);
    assertAscending(rubygemsScheme, ['1.0-rc1', '1.0']);
    assert.deepEqual(rubygemsScheme.parse('1.0-rc1').ok && rubygemsScheme.parse('1.0-rc1'), {
      ok: true,
      value: {
        canonical: [
          { isNumber: true, digits: '1' },
          { isNumber: false, text: 'pre' },
          { isNumber: false, text: 'rc' },
          { isNumber: true, digits: '1' },
        ],
        isPrerelease: true,
      },
    });
  });

  it('drops trailing zeros from the release and from the prerelease parts', () => {
    assertAllEqual(rubygemsScheme, ['1', '1.0', '1.0.0', ' 1.0.0 ']);
    assertAllEqual(rubygemsScheme, ['1.0.a', '1.a', '1.0.0.a', '1.a.0']);
  });

  it('splits a mixed segment into its letter and digit runs', () => {
    assertAllEqual(rubygemsScheme, ['1.0.rc1', '1.0.rc.1']);
    assertAscending(rubygemsScheme, ['1.0.a9', '1.0.a10']);
  });

  it('compares letter runs byte by byte, capitals first', () => {
    assertAscending(rubygemsScheme, ['1.0.A', '1.0.B', '1.0.a', '1.0.alpha', '1.0.b']);
  });

  it('compares numbers of any length exactly', () => {
    assertAscending(rubygemsScheme, ['1.9', '1.10', '1.9007199254740992', '1.9007199254740993']);
  });

  it('knows a prerelease by any letter', () => {
    const isPrerelease = (text: string): boolean => {
      const result = rubygemsScheme.parse(text);
      return result.ok && result.value.isPrerelease;
    };
    assert.equal(isPrerelease('1.0.0'), false);
    assert.equal(isPrerelease('1.0.0.pre'), true);
    assert.equal(isPrerelease('1.0.0-1'), true);
  });

  it('rejects what Gem::Version rejects', () => {
    assertInvalid(rubygemsScheme, ['', 'junk', '1.0 beta', '1..0', '.1', '1.0.', 'v1.0', '1.0_1']);
  });
});
