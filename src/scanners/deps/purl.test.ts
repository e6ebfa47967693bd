import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePackageName } from './package-names.ts';
import { buildPurl } from './purl.ts';

describe('buildPurl', () => {
  it('encodes an npm scope as the namespace, keeping its @ percent-encoded', () => {
    assert.equal(buildPurl('npm', '@angular/core', '17.0.1'), 'pkg:npm/%40angular/core@17.0.1');
    assert.equal(buildPurl('npm', 'lodash', '4.17.21'), 'pkg:npm/lodash@4.17.21');
  });

  it('splits Go module paths and composer names at the last slash', () => {
    assert.equal(buildPurl('Go', 'github.com/gin-gonic/gin', 'v1.9.0'), 'pkg:golang/github.com/gin-gonic/gin@v1.9.0');
    assert.equal(buildPurl('Go', 'github.com/docker/docker', 'v20.10.24+incompatible'), 'pkg:golang/github.com/docker/docker@v20.10.24%2Bincompatible');
    assert.equal(buildPurl('Packagist', 'guzzlehttp/guzzle', '7.4.0'), 'pkg:composer/guzzlehttp/guzzle@7.4.0');
  });

  it('uses the Maven group as namespace and the pypi, cargo, gem and nuget types', () => {
    assert.equal(buildPurl('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1'), 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
    assert.equal(buildPurl('PyPI', 'Flask_Login', '0.6.3'), 'pkg:pypi/flask-login@0.6.3');
    assert.equal(buildPurl('crates.io', 'serde', '1.0.0'), 'pkg:cargo/serde@1.0.0');
    assert.equal(buildPurl('RubyGems', 'rack', '2.2.3'), 'pkg:gem/rack@2.2.3');
    assert.equal(buildPurl('NuGet', 'Newtonsoft.Json', '12.0.3'), 'pkg:nuget/Newtonsoft.Json@12.0.3');
  });

  it('leaves the version out when there is none', () => {
    assert.equal(buildPurl('PyPI', 'requests', undefined), 'pkg:pypi/requests');
  });
});

describe('normalizePackageName', () => {
  it('applies PEP 503 to PyPI names only', () => {
    assert.equal(normalizePackageName('PyPI', 'Zope.Interface__Extra'), 'zope-interface-extra');
    assert.equal(normalizePackageName('npm', 'Some_Pkg'), 'Some_Pkg');
  });
});
