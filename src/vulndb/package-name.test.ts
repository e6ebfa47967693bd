import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseEcosystem, normalizePackageName } from './package-name.ts';

describe('normalizePackageName', () => {
  it('applies PEP 503 to PyPI names', () => {
    assert.equal(normalizePackageName('PyPI', 'Zope.Interface'), 'zope-interface');
    assert.equal(normalizePackageName('PyPI', 'foo__bar-.baz'), 'foo-bar-baz');
    assert.equal(normalizePackageName('PyPI', 'Django'), 'django');
  });
  it('keeps Go module paths, npm and crates names exactly', () => {
    assert.equal(normalizePackageName('Go', 'github.com/Masterminds/Sprig'), 'github.com/Masterminds/Sprig');
    assert.equal(normalizePackageName('npm', '@Scope/Pkg_name'), '@Scope/Pkg_name');
    assert.equal(normalizePackageName('crates.io', 'serde_json'), 'serde_json');
  });
  it('trims Maven coordinates and keeps group:artifact', () => {
    assert.equal(normalizePackageName('Maven', 'org.apache.logging.log4j : log4j-core'), 'org.apache.logging.log4j:log4j-core');
  });
  it('keeps Debian and Alpine source names, whatever the release suffix', () => {
    assert.equal(normalizePackageName('Debian:12', 'openssl'), 'openssl');
    assert.equal(normalizePackageName('Alpine:v3.19', 'libxml2'), 'libxml2');
  });
  it('drops the release suffix of an ecosystem', () => {
    assert.equal(baseEcosystem('Debian:12'), 'Debian');
    assert.equal(baseEcosystem('npm'), 'npm');
  });
});
