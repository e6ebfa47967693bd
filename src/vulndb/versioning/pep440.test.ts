import { describe, it } from 'node:test';
import { pep440Scheme } from './pep440.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('pep440 scheme', () => {
  it('orders dev, pre, post and local versions as PEP 440 lays out', () => {
    assertAscending(pep440Scheme, [
      '1.dev0',
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
    ]);
  });

  it('puts any version with a higher epoch above every version without one', () => {
    assertAscending(pep440Scheme, ['2024.10', '1!0.1', '1!1.0', '2!0.0.dev0']);
    assertAllEqual(pep440Scheme, ['1.0', '0!1.0']);
  });

  it('normalises alternative spellings to the same version', () => {
    assertAllEqual(pep440Scheme, ['1.0', '1.0.0', '1.0.0.0', 'v1.0', ' 1.0 ', 'V1.0']);
    assertAllEqual(pep440Scheme, ['1.0a1', '1.0alpha1', '1.0-a1', '1.0.a.1', '1.0A1', '1.0a01']);
    assertAllEqual(pep440Scheme, ['1.0rc1', '1.0c1', '1.0pre1', '1.0preview1', '1.0-RC1']);
    assertAllEqual(pep440Scheme, ['1.0.post1', '1.0-1', '1.0post1', '1.0.rev1', '1.0-r1', '1.0_post_1']);
    assertAllEqual(pep440Scheme, ['1.0.dev0', '1.0-dev', '1.0dev']);
  });

  it('compares release numbers beyond 2^53 exactly, before the pre-release tags', () => {
    assertAscending(pep440Scheme, ['9007199254740992', '9007199254740993', '9007199254740993.0.1']);
    assertAscending(pep440Scheme, ['1.9007199254740992b1', '1.9007199254740993a1']);
  });

  it('ranks numeric local segments above alphanumeric ones', () => {
    assertAscending(pep440Scheme, ['1.0', '1.0+abc', '1.0+abc.1', '1.0+1', '1.0+2']);
  });

  it('rejects what packaging rejects', () => {
    assertInvalid(pep440Scheme, ['', 'garbage', '1.0-foo', '1.0+', '1..0', '1.0.dev1.post1', '!1.0']);
  });
});
