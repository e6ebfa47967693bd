import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPipelineFile } from '../read-pipeline-file.ts';
import type { WorkflowFile } from '../workflow-model.ts';
import { jobNeeds } from './job-needs.ts';

function workflow(steps: string, jobExtra = ''): WorkflowFile {
  const text = `on: push\njobs:\n  job:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n${steps}`;
  const read = readPipelineFile('.github/workflows/w.yml', text, 'workflow');
  assert.ok(read.file?.kind === 'workflow');
  return read.file;
}

function needsOf(steps: string, jobExtra = '') {
  const file = workflow(steps, jobExtra);
  return jobNeeds(file, file.jobs[0]!);
}

const sha = '0123456789abcdef0123456789abcdef01234567';

describe('jobNeeds', () => {
  it('unions what known actions need', () => {
    const result = needsOf(`      - uses: actions/checkout@${sha}\n      - uses: softprops/action-gh-release@${sha}\n`);
    assert.deepEqual(result.needs, { contents: 'write' });
    assert.deepEqual(result.unknown, new Set());
  });

  it('drops the needs of an action given a token other than the job token, but keeps id-token', () => {
    const pat = needsOf(`      - uses: peter-evans/create-pull-request@${sha}\n        with:\n          token: \${{ secrets.BOT_PAT }}\n`);
    assert.deepEqual(pat.needs, {});
    const job = needsOf(`      - uses: peter-evans/create-pull-request@${sha}\n        with:\n          token: \${{ github.token }}\n`);
    assert.deepEqual(job.needs, { contents: 'write', 'pull-requests': 'write' });
    const attest = needsOf(`      - uses: actions/attest-build-provenance@${sha}\n        with:\n          github-token: \${{ secrets.OTHER }}\n          subject-path: dist/*\n`);
    assert.deepEqual(attest.needs, { 'id-token': 'write' });
  });

  it('adds needs that depend on inputs', () => {
    assert.deepEqual(needsOf(`      - uses: aws-actions/configure-aws-credentials@${sha}\n        with:\n          role-to-assume: arn:aws:iam::1:role/x\n`).needs, { 'id-token': 'write' });
    assert.deepEqual(needsOf(`      - uses: aws-actions/configure-aws-credentials@${sha}\n        with:\n          aws-access-key-id: \${{ secrets.KEY }}\n`).needs, {});
    assert.deepEqual(needsOf(`      - uses: google-github-actions/auth@${sha}\n        with:\n          credentials_json: \${{ secrets.SA }}\n`).needs, {});
  });

  it('leaves open the scopes an action may use through configuration the file does not show', () => {
    const result = needsOf(`      - uses: goreleaser/goreleaser-action@${sha}\n        with:\n          args: release --clean\n        env:\n          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n`);
    assert.deepEqual(result.needs, { contents: 'write' });
    assert.deepEqual(result.unknown, new Set(['id-token', 'packages']));
  });

  it('knows nothing about a job with an action outside the knowledge base, a local action or a reusable workflow', () => {
    assert.equal(needsOf(`      - uses: someone/something@${sha}\n`).unknown, 'all');
    assert.equal(needsOf('      - uses: ./.github/actions/local\n').unknown, 'all');
    assert.equal(needsOf(`      - uses: actions/github-script@${sha}\n        with:\n          script: await github.graphql(q)\n`).unknown, 'all');
  });

  it('knows a reusable workflow from the knowledge base and nothing about others', () => {
    const text = 'on: push\njobs:\n  local:\n    uses: ./.github/workflows/build.yml\n  slsa:\n    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.0.0\n';
    const read = readPipelineFile('.github/workflows/w.yml', text, 'workflow');
    assert.ok(read.file?.kind === 'workflow');
    assert.equal(jobNeeds(read.file, read.file.jobs[0]!).unknown, 'all');
    assert.deepEqual(jobNeeds(read.file, read.file.jobs[1]!).needs, { actions: 'read', 'id-token': 'write', contents: 'write' });
  });

  it('follows the credentials a checkout keeps into a later git push', () => {
    assert.deepEqual(needsOf(`      - uses: actions/checkout@${sha}\n      - run: git push\n`).needs, { contents: 'write' });
    assert.deepEqual(needsOf(`      - uses: actions/checkout@${sha}\n        with:\n          persist-credentials: false\n      - run: git push\n`).needs, { contents: 'read' });
  });

  it('sees the job token in job env and container credentials', () => {
    assert.deepEqual(needsOf('      - run: gh pr comment 1 --body hi\n', '    env:\n      GH_TOKEN: ${{ github.token }}\n').needs, { 'pull-requests': 'write' });
    assert.equal(needsOf('      - run: make\n', '    container:\n      image: ghcr.io/o/i@sha256:abc\n      credentials:\n        username: x\n        password: ${{ secrets.GITHUB_TOKEN }}\n').unknown, 'all');
  });
});
