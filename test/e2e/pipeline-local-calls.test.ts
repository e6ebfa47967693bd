import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; severity: string; message: string; location: { path: string; startLine: number } }[];
  errors: unknown[];
}

async function scan(files: Record<string, string>): Promise<Report> {
  const tree = makeTree(files);
  try {
    const outcome = await runCli(['scan', '.', '--scanners', 'pipeline', '--format', 'json', '--quiet', '--fail-on', 'never', '-j', '1'], { cwd: tree.root });
    assert.equal(outcome.code, 0, outcome.stderr);
    return JSON.parse(outcome.stdout) as Report;
  } finally {
    tree.cleanup();
  }
}

const injections = (report: Report) =>
  report.findings
    .filter((finding) => finding.ruleId === 'template-injection')
    .map((finding) => `${finding.location.path}:${finding.location.startLine}:${finding.severity}`)
    .sort();

const reusable = (type: string) =>
  ['on:', '  workflow_call:', '    inputs:', '      title:', `        type: ${type}`, 'permissions: {}', 'jobs:', '  greet:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo "${{ inputs.title }}"', ''].join('\n');

const caller = (value: string) =>
  ['on: pull_request_target', 'permissions: {}', 'jobs:', '  call:', '    uses: ./.github/workflows/greet.yml', '    with:', `      title: ${value}`, ''].join('\n');

describe('pipeline scanner across local reusable workflows and actions', () => {
  it('reports attacker text a caller passes into a local reusable workflow that pastes it into run:', async () => {
    const report = await scan({ '.github/workflows/greet.yml': reusable('string'), '.github/workflows/pr.yml': caller('${{ github.event.pull_request.title }}') });
    // The caller's with: value (high), and the callee's own finding for any caller (medium).
    assert.deepEqual(injections(report), ['.github/workflows/greet.yml:11:medium', '.github/workflows/pr.yml:7:high']);
    const crossing = report.findings.find((finding) => finding.location.path === '.github/workflows/pr.yml' && finding.ruleId === 'template-injection')!;
    assert.match(crossing.message, /github\.event\.pull_request\.title as input title to \.github\/workflows\/greet\.yml, which pastes \$\{\{ inputs\.title \}\} into a script at line 11/);
  });

  it('stays quiet for a number passed in, or an input declared boolean', async () => {
    const number = await scan({ '.github/workflows/greet.yml': reusable('string'), '.github/workflows/pr.yml': caller('${{ github.event.pull_request.number }}') });
    assert.deepEqual(injections(number), ['.github/workflows/greet.yml:11:medium']);
    const boolean = await scan({ '.github/workflows/greet.yml': reusable('boolean'), '.github/workflows/pr.yml': caller('${{ github.event.pull_request.title }}') });
    assert.deepEqual(injections(boolean), []);
  });

  it('follows a local composite action through env: in the action', async () => {
    const action = ['name: greet', 'description: says hello', 'inputs:', '  who:', '    description: name', 'runs:', '  using: composite', '  steps:', '    - shell: bash', '      env:', '        WHO: ${{ inputs.who }}', '      run: echo "${{ env.WHO }}"', ''].join('\n');
    const workflow = ['on: issue_comment', 'permissions: {}', 'jobs:', '  hello:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: ./.github/actions/greet', '        with:', '          who: ${{ github.event.comment.body }}', '      - uses: ./.github/actions/greet', '        with:', '          who: ${{ github.actor_id }}', ''].join('\n');
    const report = await scan({ '.github/actions/greet/action.yml': action, '.github/workflows/hello.yml': workflow });
    assert.deepEqual(injections(report), ['.github/actions/greet/action.yml:12:medium', '.github/workflows/hello.yml:9:high']);
  });

  it('reports nothing across files for a caller whose callee is missing', async () => {
    const report = await scan({ '.github/workflows/pr.yml': caller('${{ github.event.pull_request.title }}') });
    assert.deepEqual(injections(report), []);
  });
});
