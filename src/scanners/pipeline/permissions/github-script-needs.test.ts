import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { githubScriptNeeds } from './github-script-needs.ts';

describe('githubScriptNeeds', () => {
  it('maps REST calls to scopes, reading for get/list methods and writing otherwise', () => {
    assert.deepEqual(githubScriptNeeds('await github.rest.issues.createComment({ ...context.repo, issue_number: 1, body: "hi" })'), { issues: 'write', 'pull-requests': 'write' });
    assert.deepEqual(githubScriptNeeds('const files = await github.paginate(github.rest.pulls.listFiles, { ...context.repo, pull_number: 1 })'), { 'pull-requests': 'read' });
    assert.deepEqual(githubScriptNeeds('await github.rest.repos.createRelease({ ...context.repo, tag_name: "v1" })'), { contents: 'write' });
    assert.deepEqual(githubScriptNeeds('core.setOutput("n", context.issue.number)'), {});
  });

  it('gives up on calls whose scope the text does not show', () => {
    assert.equal(githubScriptNeeds('await github.graphql(query)'), undefined);
    assert.equal(githubScriptNeeds('await github.request("POST /repos/{owner}/{repo}/dispatches", {})'), undefined);
    assert.equal(githubScriptNeeds('const run = require("./scripts/triage.js"); await run({ github, context })'), undefined);
    assert.equal(githubScriptNeeds('const client = github; await client.rest.issues.lock({})'), undefined);
    assert.equal(githubScriptNeeds('await github.rest.teams.addOrUpdateMembershipForUserInOrg({})'), undefined);
  });
});
