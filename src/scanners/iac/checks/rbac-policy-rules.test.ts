import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { grants } from './rbac-policy-rules.ts';

const readSecrets = { apiGroups: [''], verbs: ['get', 'list', 'watch'], resources: ['secrets'] };
const exec = { apiGroups: [''], verbs: ['create'], resources: ['pods/exec'] };

describe('grants', () => {
  it('matches a rule that names a wanted group, verb and resource, or a wildcard for each', () => {
    assert.ok(grants({ apiGroups: [''], verbs: ['list'], resources: ['secrets'] }, readSecrets));
    assert.ok(grants({ apiGroups: ['*'], verbs: ['*'], resources: ['*'] }, readSecrets));
    assert.ok(grants({ apiGroups: [''], verbs: ['create'], resources: ['*/exec'] }, exec));
  });

  it('needs all three to match', () => {
    assert.equal(grants({ apiGroups: ['apps'], verbs: ['list'], resources: ['secrets'] }, readSecrets), false);
    assert.equal(grants({ apiGroups: [''], verbs: ['create'], resources: ['secrets'] }, readSecrets), false);
    assert.equal(grants({ apiGroups: [''], verbs: ['get'], resources: ['configmaps'] }, readSecrets), false);
    assert.equal(grants({ verbs: ['get'], resources: ['secrets'] }, readSecrets), false);
    assert.equal(grants({ apiGroups: [''], verbs: ['create'], resources: ['*/log'] }, exec), false);
  });
});
