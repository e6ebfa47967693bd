import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatImageReference, parseImageReference } from './image-reference.ts';

const digest = `sha256:${'ab'.repeat(32)}`;

describe('parseImageReference', () => {
  it('expands Docker Hub short forms to registry-1.docker.io and library/', () => {
    assert.deepEqual(parseImageReference('alpine'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', tag: 'latest' });
    assert.deepEqual(parseImageReference('library/alpine:3.20'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', tag: '3.20' });
    assert.deepEqual(parseImageReference('bitnami/redis:7'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'bitnami/redis', tag: '7' });
    assert.deepEqual(parseImageReference('index.docker.io/nginx'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/nginx', tag: 'latest' });
  });

  it('treats a first component with a dot, a port or localhost as the registry host', () => {
    assert.deepEqual(parseImageReference('ghcr.io/org/team/app:v1.2.3'), { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/team/app', tag: 'v1.2.3' });
    assert.deepEqual(parseImageReference('127.0.0.1:5000/app'), { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'app', tag: 'latest' });
    assert.deepEqual(parseImageReference('localhost/app:dev'), { registry: 'localhost', apiHost: 'localhost', repository: 'app', tag: 'dev' });
    assert.deepEqual(parseImageReference('[::1]:5000/app:dev'), { registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'app', tag: 'dev' });
  });

  it('keeps a digest, with or without a tag, and accepts docker:// in front', () => {
    assert.deepEqual(parseImageReference(`registry.example.com/app@${digest}`), { registry: 'registry.example.com', apiHost: 'registry.example.com', repository: 'app', digest });
    assert.deepEqual(parseImageReference(`docker://alpine:3.20@${digest}`), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', tag: '3.20', digest });
    assert.equal(formatImageReference(parseImageReference(`alpine:3.20@${digest}`)!), `docker.io/library/alpine:3.20@${digest}`);
  });

  it('refuses text that is not a reference', () => {
    for (const text of ['', 'Alpine', 'app:', 'app@sha256:123', `app@md5:${'a'.repeat(32)}`, 'a//b', 'host.example.com/', 'app:bad tag', 'user:pw@host.example.com/app', 'image.tar/../x', '-app']) {
      assert.equal(parseImageReference(text), undefined, text);
    }
  });
});
