import assert from 'node:assert/strict';
import type { VersionScheme } from './version-scheme.ts';

/** Asserts that the list is strictly ascending under the scheme, checking every pair both ways. */
export function assertAscending(scheme: VersionScheme, versions: readonly string[]): void {
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      const [low, high] = [versions[i]!, versions[j]!];
      assert.equal(scheme.compare(low, high), -1, `${scheme.id}: expected ${low} < ${high}`);
      assert.equal(scheme.compare(high, low), 1, `${scheme.id}: expected ${high} > ${low}`);
    }
  }
}

/** Asserts that every version in the list is equal to every other (and to itself) under the scheme. */
export function assertAllEqual(scheme: VersionScheme, versions: readonly string[]): void {
  for (const a of versions) {
    for (const b of versions) assert.equal(scheme.compare(a, b), 0, `${scheme.id}: expected ${a} == ${b}`);
  }
}

export function assertInvalid(scheme: VersionScheme, versions: readonly string[]): void {
  for (const version of versions) {
    assert.equal(scheme.isValid(version), false, `${scheme.id}: expected "${version}" to be rejected`);
    assert.throws(() => scheme.compare(version, version), { name: 'InvalidVersionError' });
  }
}
