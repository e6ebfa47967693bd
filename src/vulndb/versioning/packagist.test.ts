import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { packagistScheme } from './packagist.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('packagist scheme', () => {
  it('orders Composer stabilities around the release', () => {
    assertAscending(packagistScheme, [
      '1.0.0-dev',
      '1.0.0-alpha1',
      '1.0.0-alpha2',
      '1.0.0-beta1',
      '1.0.0-beta.2',
      '1.0.0-RC1',
      '1.0.0-RC10',
      '1.0.0',
      '1.0.0-patch1',
      '1.0.0.1',
      '1.0.1',
      '1.10.0',
    ]);
  });

  it('pads the release to four numbers and drops a leading v and a stable flag', () => {
    assertAllEqual(packagistScheme, ['1', '1.0', '1.0.0', '1.0.0.0', 'v1.0.0', 'V1.0', '1.0.0-stable']);
  });

  it('accepts the short and long spellings of each stability', () => {
    assertAllEqual(packagistScheme, ['1.0.0-a1', '1.0.0-alpha1', '1.0.0alpha1', '1.0.0-alpha.1', '1.0.0_alpha1']);
    assertAllEqual(packagistScheme, ['1.0.0-b2', '1.0.0-beta2', '1.0.0-beta-2']);
    assertAllEqual(packagistScheme, ['1.0.0-RC1', '1.0.0-rc1']);
    assertAllEqual(packagistScheme, ['1.0.0-p1', '1.0.0-pl1', '1.0.0-patch1']);
  });

  it('compares numbers numerically at any length', () => {
    assertAscending(packagistScheme, ['1.9', '1.10', '1.99999999999999999999', '2']);
    assertAllEqual(packagistScheme, ['1.01', '1.1']);
  });

  it('rejects branch names and non-versions', () => {
    assertInvalid(packagistScheme, ['', 'dev-main', 'dev-feature/x', '1.x-dev', '2.1.x-dev', 'latest']);
    assert.equal(packagistScheme.isValid('2.4.0-beta3'), true);
  });
});
