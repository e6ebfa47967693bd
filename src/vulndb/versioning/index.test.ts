import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { knownEcosystems, schemeById, schemeForEcosystem, versionSchemes, type VersionScheme, type VersionSchemeId } from './index.ts';

/** Valid versions per scheme, deliberately unsorted, with near-ties, to check each comparator is a total order. */
const samples: Record<VersionSchemeId, readonly string[]> = {
  semver: ['1.0.0', '1.0.0-rc.1', '0.9.9', '1.0.0-alpha', '1.0.0+b', '10.0.0', '1.0.0-alpha.1', '1.0.0-1'],
  pep440: ['1.0', '1.0rc1', '1.0.post1', '1!0.1', '1.0.dev1', '1.0+local', '0.9', '1.0a1'],
  go: ['v1.0.0', 'v0.0.0-20191109021931-daa7c04131f5', 'v1.0.1-0.20200101000000-aaaaaaaaaaaa', '1.0.0', 'v2.0.0+incompatible', 'v1.0.0-rc.1', 'v1.0.1'],
  maven: ['1.0', '1.0-SNAPSHOT', '1.0-rc1', '1.0.1', '1.0-sp1', '1-1', '1.0-alpha', '1.0.foo', '1.0-final'],
  rubygems: ['1.0', '1.0.a', '1.0.0', '1.0.b1', '1.0.1', '0.9', '1.0-rc1', '1.0.0.1'],
  nuget: ['1.0.0', '1.0', '1.0.0-beta', '1.0.0-Beta.2', '1.0.0.1', '1.0.1', '1.0.0-1', '0.9'],
  packagist: ['1.0.0', '1.0', '1.0.0-beta1', '1.0.0-RC1', '1.0.0-patch1', 'v1.0.1', '1.0.0-dev', '0.9'],
  dpkg: ['1.0', '1.0-1', '1:0.9', '1.0~rc1', '1.0+dfsg-1', '1.0a', '1.0.1', '1.0-1~deb12u1'],
  rpm: ['1.0-1', '1.0', '1:0.9-1', '1.0~rc1-1', '1.0^git1-1', '1.0.1-1', '1.0-1.el9', '1.0a-1'],
  apk: ['1.0', '1.0-r1', '1.0_rc1', '1.0_p1', '1.0a', '1.0.1', '1.0_alpha', '1.0~abc'],
};

describe('versioning registry', () => {
  it('registers each scheme once under its own id', () => {
    const ids = versionSchemes.map((scheme) => scheme.id);
    assert.deepEqual([...ids].sort(), Object.keys(samples).sort());
    for (const id of ids) assert.equal(schemeById(id).id, id);
  });

  it('gives every scheme a total order: reflexive, antisymmetric and transitive on its samples', () => {
    for (const scheme of versionSchemes) {
      const versions = samples[scheme.id];
      for (const a of versions) {
        assert.ok(scheme.isValid(a), `${scheme.id}: sample ${a} should be valid`);
        assert.equal(scheme.compare(a, a), 0);
        for (const b of versions) {
          assert.equal(scheme.compare(a, b) + scheme.compare(b, a), 0, `${scheme.id}: ${a} vs ${b} is not antisymmetric`);
          for (const c of versions) {
            if (scheme.compare(a, b) <= 0 && scheme.compare(b, c) <= 0) {
              assert.ok(scheme.compare(a, c) <= 0, `${scheme.id}: ${a} <= ${b} <= ${c} but not ${a} <= ${c}`);
            }
          }
        }
      }
    }
  });

  it('compares parsed versions exactly as it compares their text', () => {
    for (const scheme of versionSchemes as readonly VersionScheme[]) {
      const [a = '', b = ''] = samples[scheme.id];
      const [parsedA, parsedB] = [scheme.parse(a), scheme.parse(b)];
      assert.ok(parsedA.ok && parsedB.ok);
      assert.equal(scheme.compareParsed(parsedA.value, parsedB.value), scheme.compare(a, b));
    }
  });

  it('maps OSV ecosystems, with or without a release suffix, to their schemes', () => {
    const expected: Array<[string, VersionSchemeId]> = [
      ['npm', 'semver'],
      ['crates.io', 'semver'],
      ['PyPI', 'pep440'],
      ['Go', 'go'],
      ['Maven', 'maven'],
      ['Maven:https://maven.google.com', 'maven'],
      ['RubyGems', 'rubygems'],
      ['NuGet', 'nuget'],
      ['Packagist', 'packagist'],
      ['Packagist:https://packages.drupal.org/8', 'packagist'],
      ['Debian:12', 'dpkg'],
      ['Ubuntu:22.04:LTS', 'dpkg'],
      ['Alpine:v3.19', 'apk'],
      ['Red Hat:rhel_aus:8.4::appstream', 'rpm'],
      ['Rocky Linux:9', 'rpm'],
      ['AlmaLinux:8', 'rpm'],
      ['pypi', 'pep440'],
    ];
    for (const [ecosystem, id] of expected) assert.equal(schemeForEcosystem(ecosystem)?.id, id, ecosystem);
    assert.equal(schemeForEcosystem('Hackage'), undefined);
    assert.equal(schemeForEcosystem('NoSuchEcosystem'), undefined);
  });

  it('names only ecosystems the OSV schema defines', () => {
    const defined = readFileSync(new URL('fixtures/osv-ecosystem-names.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith('#'));
    assert.ok(defined.length > 40);
    assert.deepEqual(knownEcosystems().filter((name) => !defined.includes(name)), []);
  });
});
