import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runStepNeeds, shellCommands } from './run-step-needs.ts';

const withToken = { tokenInEnvironment: true, gitHasJobToken: false, dockerHasJobToken: false };
const noToken = { tokenInEnvironment: false, gitHasJobToken: false, dockerHasJobToken: false };

describe('runStepNeeds', () => {
  it('maps gh subcommands to the scope they write or read', () => {
    assert.deepEqual(runStepNeeds('gh pr comment "$PR" --body-file out.md', withToken), { needs: { 'pull-requests': 'write' }, unknown: new Set() });
    assert.deepEqual(runStepNeeds('gh issue view 1 && gh issue edit 1 --add-label bug', withToken).needs, { issues: 'write' });
    assert.deepEqual(runStepNeeds('gh run download "$RUN" -n report', withToken).needs, { actions: 'read' });
    assert.deepEqual(runStepNeeds('gh pr merge --auto --squash "$PR"', withToken).needs, { 'pull-requests': 'write', contents: 'write' });
  });

  it('treats gh api and unknown programs holding the token as able to use any scope', () => {
    assert.equal(runStepNeeds('gh api repos/o/r/dispatches -f event_type=go', withToken).unknown, 'all');
    assert.equal(runStepNeeds('npx semantic-release', withToken).unknown, 'all');
    assert.equal(runStepNeeds('curl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/x', withToken).unknown, 'all');
  });

  it('needs nothing for programs that cannot reach the token', () => {
    assert.deepEqual(runStepNeeds('echo "$HOME" | tee out.txt', noToken), { needs: {}, unknown: new Set() });
    assert.deepEqual(runStepNeeds('gh pr comment 1 --body hi', noToken).needs, {});
  });

  it('needs contents: write for git push with credentials a checkout kept', () => {
    assert.deepEqual(runStepNeeds('git commit -am bump\ngit push origin HEAD', { ...noToken, gitHasJobToken: true }).needs, { contents: 'write' });
    assert.deepEqual(runStepNeeds('git push', noToken).needs, {});
  });

  it('leaves id-token open for any program it does not know, since OIDC needs no token in the environment', () => {
    assert.deepEqual(runStepNeeds('npm ci\nterraform apply -auto-approve', noToken), { needs: {}, unknown: new Set(['id-token']) });
  });

  it('leaves contents and id-token open when a script looks like release work', () => {
    const result = runStepNeeds('./scripts/release.sh', { ...noToken, gitHasJobToken: true });
    assert.ok(result.unknown !== 'all' && result.unknown.has('contents') && result.unknown.has('id-token'));
    assert.deepEqual(runStepNeeds('npm publish --provenance', noToken).needs, { 'id-token': 'write' });
  });

  it('splits scripts into commands at separators, continuations and substitutions', () => {
    assert.deepEqual(shellCommands('# comment\nA=1 gh pr view \\\n  1 | jq .title; echo "$(gh issue list)"'), ['gh issue list', 'gh pr view 1', 'jq .title', 'echo "$(gh issue list)"']);
  });
});
