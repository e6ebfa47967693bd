import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchesUsesPattern } from './uses-pattern.ts';

describe('matchesUsesPattern', () => {
  it('matches any ref and subfolders when the pattern has no @', () => {
    assert.equal(matchesUsesPattern('tj-actions/changed-files', 'tj-actions/changed-files@v46'), true);
    assert.equal(matchesUsesPattern('github/codeql-action', 'github/codeql-action/init@v3'), true);
    assert.equal(matchesUsesPattern('github/codeql-action', 'github/codeql-action-extra@v3'), false);
  });

  it('treats * as any run of characters, slashes included', () => {
    assert.equal(matchesUsesPattern('actions/*', 'actions/cache/restore@v4'), true);
    assert.equal(matchesUsesPattern('actions/*', 'actions-extra/cache@v4'), false);
    assert.equal(matchesUsesPattern('*/deploy-*', 'acme/deploy-k8s@v1'), true);
  });

  it('matches the ref only when the pattern names one', () => {
    assert.equal(matchesUsesPattern('acme/tool@v1*', 'acme/tool@v1.2.3'), true);
    assert.equal(matchesUsesPattern('acme/tool@v1*', 'acme/tool@v2'), false);
    assert.equal(matchesUsesPattern('acme/tool@v1', 'acme/tool'), false);
  });

  it('ignores case, as GitHub does for owners and repositories', () => {
    assert.equal(matchesUsesPattern('MyOrg/*', 'myorg/build@v1'), true);
  });

  it('takes regex characters in patterns literally', () => {
    assert.equal(matchesUsesPattern('acme/a.b', 'acme/axb@v1'), false);
    assert.equal(matchesUsesPattern('acme/a.b', 'acme/a.b@v1'), true);
  });
});
