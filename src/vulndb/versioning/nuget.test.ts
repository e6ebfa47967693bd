import { describe, it } from 'node:test';
import { nugetScheme } from './nuget.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('nuget scheme', () => {
  it('fills missing numbers with zeros and reads leading zeros as the same number', () => {
    assertAllEqual(nugetScheme, ['1', '1.0', '1.0.0', '1.0.0.0', '01.00.000', '1.0.0+build']);
    assertAllEqual(nugetScheme, ['1.01', '1.1.0']);
  });

  it('uses the fourth number as a revision above the patch', () => {
    assertAscending(nugetScheme, ['1.0.0', '1.0.0.1', '1.0.0.10', '1.0.1.0-beta', '1.0.1']);
    assertAllEqual(nugetScheme, ['1.0.1', '1.0.1.0']);
  });

  it('compares release labels without regard to case', () => {
    assertAllEqual(nugetScheme, ['1.0.0-Beta', '1.0.0-beta', '1.0.0-BETA']);
    assertAscending(nugetScheme, ['1.0.0-Alpha', '1.0.0-beta', '1.0.0-RC.1', '1.0.0-rc.2', '1.0.0']);
  });

  it('orders numeric labels numerically and below alphanumeric ones', () => {
    assertAscending(nugetScheme, ['1.0.0-1', '1.0.0-2', '1.0.0-10', '1.0.0-9007199254740993', '1.0.0-a']);
    assertAscending(nugetScheme, ['1.0.0-beta', '1.0.0-beta.1', '1.0.0-beta.1.x']);
  });

  it('keeps legacy SemVer 1 labels in plain string order', () => {
    assertAscending(nugetScheme, ['1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta10']);
  });

  it('compares numbers past 2^53 exactly', () => {
    assertAscending(nugetScheme, ['9007199254740992.0', '9007199254740993.0']);
  });

  it('rejects what NuGet rejects', () => {
    assertInvalid(nugetScheme, ['', 'v1.0.0', '1.0.0.0.0', '1.0.0-', '1..0', '1.0.0-a..b', 'latest', '1.0.0-beta_1']);
  });
});
