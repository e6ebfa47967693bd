import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseChallenge } from './registry-challenge.ts';

describe('parseChallenge', () => {
  it('reads a Bearer challenge with quoted parameters, commas inside quotes included', () => {
    assert.deepEqual(parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull,push"'), {
      scheme: 'bearer',
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:library/alpine:pull,push',
    });
  });

  it('accepts bare values, spaces after commas, escapes and any case of the scheme', () => {
    assert.deepEqual(parseChallenge('bearer realm=https://auth.example/t, service="a \\"b\\""'), { scheme: 'bearer', realm: 'https://auth.example/t', service: 'a "b"' });
  });

  it('recognises Basic, and names schemes it does not support', () => {
    assert.deepEqual(parseChallenge('Basic realm="Registry Realm"'), { scheme: 'basic' });
    assert.deepEqual(parseChallenge('Negotiate'), { scheme: 'other', name: 'Negotiate' });
    assert.deepEqual(parseChallenge('Bearer service="x"'), { scheme: 'other', name: 'Bearer without realm' });
    assert.equal(parseChallenge(undefined), undefined);
  });
});
