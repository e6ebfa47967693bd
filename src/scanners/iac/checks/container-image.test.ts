import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageReference } from './container-image.ts';

describe('parseImageReference', () => {
  it('reads the tag from the last path segment, never a registry port, and notes a digest', () => {
    assert.deepEqual(parseImageReference('nginx'), { tag: '', hasDigest: false });
    assert.deepEqual(parseImageReference('nginx:latest'), { tag: 'latest', hasDigest: false });
    assert.deepEqual(parseImageReference('registry:5000/team/app'), { tag: '', hasDigest: false });
    assert.deepEqual(parseImageReference('registry:5000/team/app:1.2'), { tag: '1.2', hasDigest: false });
    assert.deepEqual(parseImageReference('app@sha256:abc'), { tag: '', hasDigest: true });
    assert.deepEqual(parseImageReference('app:1.2@sha256:abc'), { tag: '1.2', hasDigest: true });
  });
});
