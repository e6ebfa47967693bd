import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actionPermissions } from './action-permissions.ts';
import { isTokenScope } from './scopes.ts';

/** Actions the knowledge base must cover: the ones most workflows use. */
const required = [
  'actions/checkout', 'actions/setup-node', 'actions/setup-python', 'actions/setup-go', 'actions/setup-java', 'actions/setup-dotnet', 'ruby/setup-ruby',
  'actions/cache', 'actions/upload-artifact', 'actions/download-artifact', 'actions/github-script', 'actions/labeler', 'actions/stale',
  'actions/first-interaction', 'actions/create-release', 'softprops/action-gh-release', 'googleapis/release-please-action', 'changesets/action',
  'peter-evans/create-pull-request', 'peter-evans/create-or-update-comment', 'docker/login-action', 'docker/setup-buildx-action',
  'docker/build-push-action', 'docker/metadata-action', 'github/codeql-action/init', 'github/codeql-action/analyze', 'github/codeql-action/upload-sarif',
  'actions/deploy-pages', 'actions/upload-pages-artifact', 'actions/configure-pages', 'aws-actions/configure-aws-credentials', 'azure/login',
  'google-github-actions/auth', 'sigstore/cosign-installer', 'actions/attest-build-provenance', 'dependabot/fetch-metadata',
  'amannn/action-semantic-pull-request', 'codecov/codecov-action', 'ossf/scorecard-action', 'jamesives/github-pages-deploy-action',
  'peaceiris/actions-gh-pages', 'golangci/golangci-lint-action', 'super-linter/super-linter', 'reviewdog/action-setup', 'marocchino/sticky-pull-request-comment',
];

describe('action permissions knowledge base', () => {
  it('covers at least 60 actions, each once, named in lower case', () => {
    assert.ok(actionPermissions.length >= 60, `only ${actionPermissions.length} entries`);
    const names = actionPermissions.map((entry) => entry.action);
    assert.equal(new Set(names).size, names.length, 'an action is listed twice');
    for (const name of names) assert.equal(name, name.toLowerCase(), `${name} must be lower case`);
    // owner/repo, optionally followed by a path inside the repository.
    for (const name of names) assert.match(name, /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[\w./-]+)?$/, `${name} is not owner/repo[/path]`);
  });

  it('covers the actions most workflows use', () => {
    const names = new Set(actionPermissions.map((entry) => entry.action));
    assert.deepEqual(required.filter((name) => !names.has(name)), []);
  });

  it('names only real token scopes at read or write, and id-token only at write', () => {
    for (const entry of actionPermissions) {
      const blocks = [...(entry.needs === 'unknown' ? [] : [entry.needs]), ...(entry.conditional ?? []).map((condition) => condition.needs)];
      for (const block of blocks) {
        for (const [scope, level] of Object.entries(block)) {
          assert.ok(isTokenScope(scope), `${entry.action}: ${scope} is not a token scope`);
          assert.ok(level === 'read' || level === 'write', `${entry.action}: ${scope} has level ${String(level)}`);
          if (scope === 'id-token') assert.equal(level, 'write', `${entry.action}: id-token can only be write`);
        }
      }
    }
  });

  it('gives every entry a documentation source and a note, and every condition an input', () => {
    for (const entry of actionPermissions) {
      assert.match(entry.source, /^https:\/\/\S+$/, `${entry.action} has no source URL`);
      assert.ok(entry.note.trim().length > 10, `${entry.action} has no note`);
      for (const condition of entry.conditional ?? []) assert.ok(condition.input.trim(), `${entry.action} has a condition without input`);
      for (const input of entry.tokenInputs ?? []) assert.ok(input.trim(), `${entry.action} has an empty token input`);
    }
  });
});
