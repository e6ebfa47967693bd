import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; location: { path: string; startLine: number } }[];
  errors: { path: string; line?: number; code: string; message: string }[];
}

const workflows = '.github/workflows';
const title = '${{ github.event.pull_request.title }}';

/** The same injection as every hostile file's neighbour, so lost findings show. */
const goodWorkflow = ['on: pull_request_target', 'permissions: {}', 'jobs:', '  greet:', '    runs-on: ubuntu-latest', '    steps:', `      - run: echo "${title}"`, ''].join('\n');

/** `depth` levels of anchored lists, each holding `width` aliases of the previous one. */
function billionLaughs(depth: number, width: number, where: (last: string) => string): string {
  const lines = ['on: push', `l0: &l0 [${Array(width).fill('lol').join(', ')}]`];
  for (let level = 1; level < depth; level += 1) lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n${where(`*l${depth - 1}`)}\n`;
}

function manyJobs(count: number): string {
  const jobs = Array.from({ length: count }, (_, index) => `  job${index}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "${title}" ${index}`);
  return `on: pull_request_target\npermissions: {}\njobs:\n${jobs.join('\n')}\n`;
}

/** Each hostile file, by name under .github/workflows/ (or an action path). */
const hostileFiles: Record<string, string> = {
  'invalid-yaml.yml': 'on: push\njobs:\n  a:\n    runs-on: [ubuntu\n    steps: x\n',
  'bomb-steps.yml': billionLaughs(10, 9, (last) => `jobs:\n  a:\n    runs-on: x\n    steps: ${last}`),
  'bomb-env.yml': billionLaughs(10, 9, (last) => `jobs:\n  a:\n    runs-on: x\n    env:\n      <<: ${last}\n    steps:\n      - run: echo`),
  'duplicate-keys.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: []\n  build:\n    runs-on: ubuntu-latest\n',
  'jobs-list.yml': 'on: push\njobs: []\n',
  'steps-string.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: echo hi\n',
  'on-number.yml': 'on: 42\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
  'job-list.yml': 'on: push\njobs:\n  a:\n    - run: echo hi\n',
  'two-documents.yml': 'on: push\njobs: {}\n---\non: push\n',
  'too-deep.yml': `on: push\njobs:\n  a:\n    steps:\n      - run: ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
  'not-a-mapping.yml': 'just a sentence\n',
  'half-valid.yml': ['on: issues', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - just a string', '      - run: echo "${{ github.event.issue.title }}"', ''].join('\n'),
  'anchors.yml': [
    'on: issue_comment',
    'permissions: {}',
    'x-defaults: &defaults',
    '  BODY: ${{ github.event.comment.body }}',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      <<: *defaults',
    '    steps:',
    '      - &say',
    '        run: echo "${{ env.BODY }}"',
    '      - *say',
    '',
  ].join('\n'),
  'giant.yml': manyJobs(10_000),
};

describe('pipeline scanner on hostile input', () => {
  let report: Report;
  const tree = makeTree({});

  before(async () => {
    const files: Record<string, string | Buffer> = { 'good.yml': goodWorkflow, ...hostileFiles };
    // Latin-1, not UTF-8: é is one byte 0xE9 that is not valid UTF-8.
    files['latin1.yml'] = Buffer.from(`on: pull_request_target\npermissions: {}\n# caf\u00e9\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${title}"\n`, 'latin1');
    mkdirSync(join(tree.root, workflows), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(tree.root, workflows, name), content);
    mkdirSync(join(tree.root, 'actions/no-runs'), { recursive: true });
    writeFileSync(join(tree.root, 'actions/no-runs/action.yml'), 'name: x\ndescription: y\n');
    writeFileSync(join(tree.root, '.github/dependabot.yml'), billionLaughs(10, 9, (last) => `version: 2\nupdates: ${last}`));
    const outcome = await runCli(['scan', '.', '--scanners', 'pipeline', '--format', 'json', '--quiet', '--fail-on', 'never', '-j', '1'], { cwd: tree.root });
    assert.equal(outcome.code, 0, outcome.stderr);
    report = JSON.parse(outcome.stdout) as Report;
  });

  after(() => tree.cleanup());

  const errorsOf = (name: string) => report.errors.filter((error) => error.path === `${workflows}/${name}`);
  const findingsOf = (name: string, ruleId = 'template-injection') => report.findings.filter((finding) => finding.location.path === `${workflows}/${name}` && finding.ruleId === ruleId);

  it('keeps the findings of the good file next to every hostile one', () => {
    assert.deepEqual(findingsOf('good.yml').map((finding) => finding.location.startLine), [7]);
    assert.deepEqual(errorsOf('good.yml'), []);
  });

  it('reports invalid YAML with its line', () => {
    const [error] = errorsOf('invalid-yaml.yml');
    assert.equal(error?.code, 'RAMPART_E_PARSE');
    assert.match(error!.message, /^invalid YAML: /);
    assert.equal(error!.line, 5);
  });

  it('refuses alias bombs without expanding them, naming the first alias', () => {
    for (const name of ['bomb-steps.yml', 'bomb-env.yml']) {
      const errors = errorsOf(name);
      assert.equal(errors.length, 1, name);
      assert.match(errors[0]!.message, /alias bomb/, name);
      assert.equal(errors[0]!.line, 3, name);
    }
  });

  it('refuses an alias bomb in dependabot.yml too', () => {
    const [error] = report.errors.filter((candidate) => candidate.path === '.github/dependabot.yml');
    assert.match(error!.message, /alias bomb/);
  });

  it('names a duplicate key and both of its lines', () => {
    const [error] = errorsOf('duplicate-keys.yml');
    assert.match(error!.message, /`build` appears twice .*first on line 3/);
    assert.equal(error!.line, 6);
  });

  it('explains workflows that are valid YAML but not valid workflows, at the offending line', () => {
    const expected: [string, RegExp, number][] = [
      ['jobs-list.yml', /`jobs:` is a list, not a mapping/, 2],
      ['steps-string.yml', /`steps:` is not a list of steps/, 5],
      ['on-number.yml', /`on:` is a number/, 1],
      ['job-list.yml', /job `a` is a list, not a mapping/, 4],
      ['two-documents.yml', /more than one YAML document/, 3],
      ['too-deep.yml', /nests too deeply/, 5],
      ['not-a-mapping.yml', /not a mapping/, 1],
    ];
    for (const [name, message, line] of expected) {
      const errors = errorsOf(name);
      assert.equal(errors.length, 1, `${name}: ${JSON.stringify(errors)}`);
      assert.match(errors[0]!.message, message, name);
      assert.equal(errors[0]!.line, line, name);
    }
    const [action] = report.errors.filter((error) => error.path === 'actions/no-runs/action.yml');
    assert.match(action!.message, /`runs:` is missing/);
  });

  it('reports a malformed step and still scans the rest of its file', () => {
    const [error] = errorsOf('half-valid.yml');
    assert.match(error!.message, /a step is not a mapping/);
    assert.equal(error!.line, 7);
    assert.deepEqual(findingsOf('half-valid.yml').map((finding) => finding.location.startLine), [8]);
  });

  it('follows anchors, aliases and merge keys', () => {
    assert.deepEqual(errorsOf('anchors.yml'), []);
    // The aliased step is the anchored one: both steps' findings point at its line and are reported once.
    assert.deepEqual(findingsOf('anchors.yml').map((finding) => finding.location.startLine), [12]);
  });

  it('scans a file that is not UTF-8 with its lines intact', () => {
    assert.deepEqual(findingsOf('latin1.yml').map((finding) => finding.location.startLine), [8]);
  });

  it('scans a 10,000-job workflow in full', () => {
    assert.deepEqual(errorsOf('giant.yml'), []);
    assert.equal(findingsOf('giant.yml').length, 10_000);
    assert.equal(findingsOf('giant.yml').at(-1)!.location.startLine, 4 + 9_999 * 5 + 4);
  });
});
