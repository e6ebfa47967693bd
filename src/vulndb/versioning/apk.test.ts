import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apkScheme } from './apk.ts';
import { assertAllEqual, assertAscending, assertInvalid } from './order-assertions.ts';

describe('apk scheme', () => {
  it('puts pre-release suffixes before the release and the others after it', () => {
    assertAscending(apkScheme, ['1.0_alpha', '1.0_beta', '1.0_pre', '1.0_rc', '1.0', '1.0_cvs', '1.0_svn', '1.0_git', '1.0_hg', '1.0_p']);
    assertAscending(apkScheme, ['1.0_alpha1', '1.0_alpha2', '1.0_alpha10', '1.0_beta1', '1.0_rc1']);
  });

  it('ranks a release below its revisions, its letter suffix and its next component', () => {
    assertAscending(apkScheme, ['1.0_rc1', '1.0', '1.0-r1', '1.0-r2', '1.0-r10', '1.0_p1', '1.0a', '1.0b', '1.0.1', '1.1']);
  });

  it('treats a chained pre-release suffix as older than the suffix alone', () => {
    assertAscending(apkScheme, ['0.1.0_alpha_pre2', '0.1.0_alpha', '0.1.0_alpha_p1', '0.1.0']);
  });

  it('ranks a commit hash above any revision of the plain release', () => {
    assertAscending(apkScheme, ['1.0', '1.0-r1', '1.0~abc123', '1.0~abc123-r1', '1.0~abc124', '1.0_p1']);
  });

  it('compares components with a leading zero as text, like decimal fractions', () => {
    assertAscending(apkScheme, ['1.001', '1.01', '1.010', '1.1', '1.2', '1.10']);
    assertAscending(apkScheme, ['1.0', '1.00']);
  });

  it('compares numbers of any length exactly and leaves equal versions equal', () => {
    assertAscending(apkScheme, ['1.18446744073709551615', '1.18446744073709551616', '20260101.1']);
    assertAllEqual(apkScheme, ['2.4.57-r0', '2.4.57-r0']);
    assertAllEqual(apkScheme, ['1.0-r0', '1.0-r00']);
  });

  it('tokenizes a full version', () => {
    assert.deepEqual(apkScheme.parse('1.2.3b_rc4_p5~0ab-r6'), {
      ok: true,
      value: [
        { kind: 'initial-digit', text: '1' },
        { kind: 'digit', text: '2' },
        { kind: 'digit', text: '3' },
        { kind: 'letter', text: 'b' },
        { kind: 'suffix', text: 'rc' },
        { kind: 'suffix-number', text: '4' },
        { kind: 'suffix', text: 'p' },
        { kind: 'suffix-number', text: '5' },
        { kind: 'commit-hash', text: '0ab' },
        { kind: 'revision', text: '6' },
        { kind: 'end', text: '' },
      ],
    });
  });

  it('rejects what apk-tools rejects', () => {
    assertInvalid(apkScheme, ['', 'a', 'v1.0', '1.0-r', '1.0-1', '1.0_foo', '1..0', '1.0.', '1.0a.1', '1.0ab', '1.0_p1a', '1.0-r1_p1', '1.0~', '1.0~xyz', '1.0A', '1.0-r1-r2', '1.0 ']);
  });
});
