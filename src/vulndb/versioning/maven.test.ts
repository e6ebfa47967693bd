import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mavenScheme } from './maven.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('maven scheme', () => {
  it('orders the well-known qualifiers around the release', () => {
    assertAscending(mavenScheme, ['1-alpha', '1-beta', '1-milestone', '1-rc', '1-snapshot', '1', '1-sp', '1-abc', '1-xyz']);
  });

  it('treats ga, final, release and trailing zeros as the release itself', () => {
    assertAllEqual(mavenScheme, ['1', '1.0', '1.0.0', '1-0', '1.ga', '1-ga', '1-final', '1.RELEASE', '1.0-0.0']);
  });

  it('treats cr as rc and a single letter before a digit as its qualifier', () => {
    assertAllEqual(mavenScheme, ['1-rc1', '1-cr1', '1.RC1', '1-rc-1']);
    assertAllEqual(mavenScheme, ['1-a1', '1-alpha-1', '1alpha1', '1.0.alpha1']);
    assertAllEqual(mavenScheme, ['1-m2', '1-milestone-2']);
    // Not followed by a digit, "a" is just an unknown qualifier, above the release.
    assertAscending(mavenScheme, ['1', '1-a']);
  });

  it('ignores case', () => {
    assertAllEqual(mavenScheme, ['1.0-SNAPSHOT', '1.0-snapshot', '1.0-Snapshot']);
  });

  it('puts a qualifier below a number, and a hyphenated number below a dotted one', () => {
    assertAscending(mavenScheme, ['1', '1.foo', '1-1', '1.1']);
    assertAllEqual(mavenScheme, ['1.foo', '1-foo']);
    assertAscending(mavenScheme, ['1.0.RC2', '1.0-RC3', '1.0.1']);
  });

  it('compares numbers inside qualifiers numerically and beyond 2^53 exactly', () => {
    assertAscending(mavenScheme, ['1-foo2', '1-foo10']);
    assertAscending(mavenScheme, ['1.9007199254740992', '1.9007199254740993', '1.100000000000000000000']);
  });

  it('ranks a service pack above the plain release at any depth', () => {
    assertAscending(mavenScheme, ['1-ga', '1-sp']);
    assertAscending(mavenScheme, ['1-ga.1', '1-sp.1']);
    assertAscending(mavenScheme, ['1-sp-1', '1-1']);
  });

  it('orders typical release trains', () => {
    assertAscending(mavenScheme, [
      '2.0.0-alpha1',
      '2.0.0-beta1',
      '2.0.0-M1',
      '2.0.0-RC1',
      '2.0.0-RC2',
      '2.0.0-SNAPSHOT',
      '2.0.0',
      '2.0.0.1',
      '2.0.1',
      '2.10.0',
    ]);
    assertAscending(mavenScheme, ['5.3.9.RELEASE', '5.3.10.RELEASE', '5.3.10.SP1']);
    assertAscending(mavenScheme, ['31.1-android', '31.1-jre', '32.0.0-android']);
  });

  it('rejects only empty or whitespace-containing strings, since Maven orders any text', () => {
    assertInvalid(mavenScheme, ['', '1.0 beta', ' 1.0']);
    assert.equal(mavenScheme.isValid('whatever-it-is'), true);
  });
});
