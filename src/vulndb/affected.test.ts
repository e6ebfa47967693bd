import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateAffected, smallestClearingUpgrade, type OsvAffected, type OsvEvent } from './affected.ts';

function semverRange(...events: OsvEvent[]): OsvAffected {
  return { package: { ecosystem: 'npm', name: 'example' }, ranges: [{ type: 'SEMVER', events }] };
}

function statusOf(version: string, affected: OsvAffected, ecosystem?: string): string {
  return evaluateAffected(version, affected, ecosystem).status;
}

function assertStatuses(affected: OsvAffected, expected: Record<string, string>, ecosystem?: string): void {
  const actual = Object.fromEntries(Object.keys(expected).map((version) => [version, statusOf(version, affected, ecosystem)]));
  assert.deepEqual(actual, expected);
}

describe('evaluateAffected', () => {
  it('treats introduced "0" alone as every version, prereleases included', () => {
    assertStatuses(semverRange({ introduced: '0' }), {
      '0.0.0-alpha': 'affected',
      '0.0.1': 'affected',
      '99999999999999999999.0.0': 'affected',
    });
  });

  it('stops a range at its fixed version, which is itself clean', () => {
    assertStatuses(semverRange({ introduced: '0' }, { fixed: '1.0.2' }), {
      '0.1.0': 'affected',
      '1.0.1': 'affected',
      '1.0.2-rc.1': 'affected',
      '1.0.2': 'not-affected',
      '1.0.3': 'not-affected',
    });
  });

  it('supports several introduced/fixed pairs in one range, in any order', () => {
    const sorted: OsvEvent[] = [{ introduced: '1.0.0' }, { fixed: '1.0.2' }, { introduced: '3.0.0' }, { fixed: '3.2.5' }];
    const expected = {
      '0.9.0': 'not-affected',
      '1.0.0': 'affected',
      '1.0.1': 'affected',
      '1.0.2': 'not-affected',
      '2.5.0': 'not-affected',
      '3.0.0': 'affected',
      '3.2.4': 'affected',
      '3.2.5': 'not-affected',
      '4.0.0': 'not-affected',
    };
    assertStatuses(semverRange(...sorted), expected);
    assertStatuses(semverRange(sorted[3]!, sorted[0]!, sorted[2]!, sorted[1]!), expected);
  });

  it('includes last_affected itself but nothing above it', () => {
    assertStatuses(semverRange({ introduced: '0' }, { last_affected: '2.1.214' }), {
      '2.1.213': 'affected',
      '2.1.214': 'affected',
      '2.1.215': 'not-affected',
    });
  });

  it('bounds a range by its limits, with * as infinity', () => {
    assertStatuses(semverRange({ introduced: '1.0.0' }, { limit: '2.0.0' }), {
      '0.5.0': 'not-affected',
      '1.5.0': 'affected',
      '2.0.0': 'not-affected',
    });
    assertStatuses(semverRange({ introduced: '1.0.0' }, { limit: '*' }), { '0.5.0': 'not-affected', '900.0.0': 'affected' });
    assertStatuses(semverRange({ introduced: '1.0.0' }, { limit: '1.5.0' }, { limit: '3.0.0' }), { '2.0.0': 'affected', '3.0.0': 'not-affected' });
  });

  it('keeps touching ranges affected at the version where one ends and the next begins', () => {
    const touching = semverRange({ introduced: '0' }, { fixed: '3.1.1' }, { introduced: '3.2.0' }, { fixed: '3.2.2' }, { introduced: '3.1.1' }, { fixed: '3.2.0' });
    assertStatuses(touching, { '3.1.0': 'affected', '3.1.1': 'affected', '3.2.0': 'affected', '3.2.1': 'affected', '3.2.2': 'not-affected' });
    const throughLastAffected = semverRange({ introduced: '0' }, { last_affected: '1.0.0' }, { introduced: '1.0.0' }, { last_affected: '2.0.0' });
    assertStatuses(throughLastAffected, { '1.0.0': 'affected', '1.5.0': 'affected', '2.0.1': 'not-affected' });
  });

  it('matches when any of several ranges matches', () => {
    const affected: OsvAffected = {
      ranges: [
        { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.1.0' }] },
        { type: 'SEMVER', events: [{ introduced: '2.0.0' }, { fixed: '2.1.0' }] },
      ],
    };
    assertStatuses(affected, { '1.0.5': 'affected', '1.5.0': 'not-affected', '2.0.5': 'affected' }, 'npm');
  });

  it('orders ECOSYSTEM ranges with the ecosystem scheme', () => {
    const pypi: OsvAffected = {
      package: { ecosystem: 'PyPI', name: 'example' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.0rc1' }] }],
    };
    assertStatuses(pypi, { '1.9': 'affected', '2.0.0b1': 'affected', '2.0.0rc1': 'not-affected', '2.0': 'not-affected' });
    const debian: OsvAffected = {
      package: { ecosystem: 'Debian:12', name: 'openssl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }] }],
    };
    assertStatuses(debian, { '3.0.11-1~deb12u1': 'affected', '3.0.11-1~deb12u2': 'not-affected', '3.0.11-1': 'not-affected' });
  });

  it('accepts Go versions with a v against OSV bounds without one', () => {
    const go: OsvAffected = {
      package: { ecosystem: 'Go', name: 'golang.org/x/net' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.17.0' }] }],
    };
    assertStatuses(go, { 'v0.0.0-20191109021931-daa7c04131f5': 'affected', 'v0.16.0': 'affected', 'v0.17.0': 'not-affected' });
  });

  it('matches explicit versions by text or by scheme equality', () => {
    const listed: OsvAffected = { package: { ecosystem: 'PyPI', name: 'example' }, versions: ['1.0', '1.1'] };
    assertStatuses(listed, { '1.0': 'affected', '1.0.0': 'affected', '1.1.0': 'affected', '1.2': 'not-affected' });
    assert.deepEqual(evaluateAffected('1.1', listed), { status: 'affected', reason: 'listed-version' });
  });

  it('answers unknown, not clean, when it cannot evaluate a range', () => {
    const unknownEcosystem: OsvAffected = {
      package: { ecosystem: 'Hackage', name: 'example' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0' }] }],
    };
    assert.deepEqual(evaluateAffected('0.5', unknownEcosystem), { status: 'unknown', reason: 'no version ordering is known for ecosystem "Hackage"' });
    assert.equal(statusOf('not-a-version', semverRange({ introduced: '0' }, { fixed: '1.0.0' })), 'unknown');
    assert.equal(statusOf('1.0.0', semverRange({ introduced: '0' }, { fixed: 'one' })), 'unknown');
    assert.equal(statusOf('1.0.0', semverRange({ introduced: '0', fixed: '2.0.0' })), 'unknown');
    assert.equal(statusOf('1.0.0', semverRange({ fixed: '2.0.0' })), 'unknown');
    assert.equal(statusOf('1.0.0', { ranges: [{ type: 'CALVER', events: [{ introduced: '0' }] }] }, 'npm'), 'unknown');
  });

  it('lets a match elsewhere win over a range it cannot evaluate', () => {
    const mixed: OsvAffected = {
      package: { ecosystem: 'npm', name: 'example' },
      ranges: [
        { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: 'garbage' }] },
        { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '2.0.0' }] },
      ],
    };
    assert.equal(statusOf('1.5.0', mixed), 'affected');
    assert.equal(statusOf('2.5.0', mixed), 'unknown');
  });

  it('skips GIT ranges, which need the commit graph', () => {
    const git: OsvAffected = {
      package: { ecosystem: 'npm', name: 'example' },
      ranges: [{ type: 'GIT', repo: 'https://example.invalid/repo', events: [{ introduced: '0' }, { fixed: 'abc123' }] }],
    };
    assert.equal(statusOf('1.0.0', git), 'not-affected');
  });
});

describe('smallestClearingUpgrade', () => {
  const advisory = (...events: OsvEvent[]): OsvAffected => ({ package: { ecosystem: 'npm', name: 'example' }, ranges: [{ type: 'SEMVER', events }] });

  it('picks the lowest fix above the installed version on its own release line', () => {
    const backported = advisory({ introduced: '0' }, { fixed: '1.2.5' }, { introduced: '2.0.0' }, { fixed: '2.1.3' });
    assert.equal(smallestClearingUpgrade('1.2.0', [backported], 'npm'), '1.2.5');
    assert.equal(smallestClearingUpgrade('2.0.1', [backported], 'npm'), '2.1.3');
  });

  it('skips a fix that another advisory still covers', () => {
    const first = advisory({ introduced: '0' }, { fixed: '1.2.5' });
    const second = advisory({ introduced: '1.2.0' }, { fixed: '1.4.0' });
    assert.equal(smallestClearingUpgrade('1.2.0', [first, second], 'npm'), '1.4.0');
  });

  it('orders candidates with the ecosystem scheme, not as text', () => {
    const pypi: OsvAffected = {
      package: { ecosystem: 'PyPI', name: 'example' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.9' }, { introduced: '1.10.dev0' }, { fixed: '1.10' }] }],
    };
    // As text "1.10" < "1.9", and 1.10 is clean too; PEP 440 puts 1.9 first.
    assert.equal(smallestClearingUpgrade('1.8', [pypi], 'PyPI'), '1.9');
  });

  it('finds nothing when no named fix clears every advisory', () => {
    assert.equal(smallestClearingUpgrade('1.0.0', [advisory({ introduced: '0' }, { last_affected: '1.5.0' })], 'npm'), undefined);
    assert.equal(smallestClearingUpgrade('1.0.0', [advisory({ introduced: '0' }, { fixed: '1.1.0' }), advisory({ introduced: '0' })], 'npm'), undefined);
  });
});
