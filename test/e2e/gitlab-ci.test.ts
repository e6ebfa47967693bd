import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; location: { path: string; startLine: number; startColumn?: number } }[];
  suppressed: { ruleId: string; location: { path: string; startLine: number } }[];
  errors: { path: string; line?: number; code: string; message: string }[];
  notices: { path?: string; code: string; message: string }[];
}

const entry = `include:
  - local: /ci/build.yml
  - 'ci/templates/*.yml'
  - local: ../outside.yml
  - local: ci/loop.yml
  - remote: https://ci.example.com/shared.yml
  - project: platform/ci
    file: /deploy.yml
  - local: ci/templates/escape.yml
variables:
  CI_DEBUG_TRACE: "true"
test:
  extends: .eval-template
`;

const files: Record<string, string> = {
  '.gitlab-ci.yml': entry,
  'ci/build.yml': `build:
  script:
    - echo "$CI_COMMIT_MESSAGE"
    - sh -c "make BRANCH=$CI_COMMIT_BRANCH"
`,
  'ci/templates/eval.yml': `.eval-template:
  script:
    # rampart-ignore: gitlab-script-injection reviewed: the value is validated upstream
    - eval "$CI_MERGE_REQUEST_TITLE"
    - eval "$CI_COMMIT_TITLE"
`,
  'ci/templates/broken.yml': 'job: [unclosed\n',
  'ci/loop.yml': 'include: /ci/loop-back.yml\n',
  'ci/loop-back.yml': 'include: /ci/loop.yml\nloop-job:\n  script: echo ok\n',
  // An included file that is also a pipeline of its own, in a monorepo service folder.
  'services/api/.gitlab-ci.yml': 'api-test:\n  script:\n    - eval "$CI_COMMIT_DESCRIPTION"\n',
};

describe('rampart scan on GitLab CI', () => {
  const tree = makeTree(files);
  // A file outside the scanned root, reachable only through a symlink that a glob include matches.
  const outside = makeTree({ 'stolen.yml': 'stolen:\n  script: eval "$CI_COMMIT_MESSAGE"\n' });
  symlinkSync(join(outside.root, 'stolen.yml'), join(tree.root, 'ci/templates/escape.yml'));
  after(() => {
    tree.cleanup();
    outside.cleanup();
  });

  const scan = async (extra: string[] = []) => {
    const outcome = await runCli(['scan', tree.root, '--scanners', 'pipeline', '-f', 'json', '-q', ...extra], { cwd: tree.root });
    return { code: outcome.code, report: JSON.parse(outcome.stdout) as Report };
  };

  it('reports findings of included files at their own path, line and column', async () => {
    const { code, report } = await scan(['-j', '1']);
    assert.equal(code, 1);
    const places = report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}`).sort();
    assert.deepEqual(places, [
      'gitlab-debug-trace .gitlab-ci.yml:11:3',
      'gitlab-include-unpinned .gitlab-ci.yml:6:13',
      'gitlab-include-unpinned .gitlab-ci.yml:7:14',
      'gitlab-script-injection ci/build.yml:4:26',
      'gitlab-script-injection ci/templates/eval.yml:5:13',
      'gitlab-script-injection services/api/.gitlab-ci.yml:3:13',
    ]);
  });

  it('reads inline suppressions from the included file', async () => {
    const { report } = await scan(['-j', '1']);
    assert.deepEqual(report.suppressed.map((finding) => `${finding.location.path}:${finding.location.startLine}`), ['ci/templates/eval.yml:4']);
  });

  it('never reads outside the root, stops include cycles, and names what it did not follow', async () => {
    const { report } = await scan(['-j', '1']);
    assert.ok(!report.findings.some((finding) => finding.location.path.includes('escape') || finding.location.path.includes('stolen')));
    const notices = report.notices.filter((notice) => notice.code === 'RAMPART_N_INCLUDE_UNRESOLVED').map((notice) => `${notice.path} ${notice.message}`);
    const expectNotice = (pattern: RegExp) => assert.ok(notices.some((notice) => pattern.test(notice)), `no notice matching ${pattern}:\n${notices.join('\n')}`);
    expectNotice(/^\.gitlab-ci\.yml line 4: include: local \.\.\/outside\.yml was not read: the path leaves the repository/);
    expectNotice(/^ci\/loop-back\.yml line 1: include: local ci\/loop\.yml was not read again: it includes itself/);
    expectNotice(/^\.gitlab-ci\.yml line 6: include: remote https:\/\/ci\.example\.com\/shared\.yml is not resolved/);
    expectNotice(/^\.gitlab-ci\.yml line 7: include: project platform\/ci \(\/deploy\.yml\) is not resolved/);
    expectNotice(/^\.gitlab-ci\.yml line 9: include: local ci\/templates\/escape\.yml was not read: no such text file inside the scanned directory/);
  });

  it('reports a broken included file as a parse error with its own path and line, and keeps the rest', async () => {
    const { report } = await scan(['-j', '1']);
    // The directory walk reports the escaping symlink itself; the glob include never matched it.
    assert.deepEqual(
      report.errors.filter((error) => error.code !== 'RAMPART_E_SYMLINK').map((error) => [error.path, error.line, error.code]),
      [['ci/templates/broken.yml', 2, 'RAMPART_E_PARSE']],
    );
  });

  it('finds the same in worker threads as in-process', async () => {
    const filler = makeTree(Object.fromEntries(Array.from({ length: 240 }, (_, index) => [`filler/file-${index}.txt`, 'nothing here\n'])));
    after(filler.cleanup);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(filler.root, path, '..'), { recursive: true });
      writeFileSync(join(filler.root, path), content);
    }
    const inProcess = await runCli(['scan', filler.root, '--scanners', 'pipeline', '-f', 'json', '-q', '-j', '1'], { cwd: filler.root });
    const workers = await runCli(['scan', filler.root, '--scanners', 'pipeline', '-f', 'json', '-q', '-j', '2'], { cwd: filler.root });
    const places = (stdout: string) => (JSON.parse(stdout) as Report).findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.startLine}`).sort();
    assert.ok(places(inProcess.stdout).includes('gitlab-script-injection ci/build.yml:4'));
    assert.deepEqual(places(workers.stdout), places(inProcess.stdout));
  });

  it('turns hostile YAML into per-file errors with a line', async () => {
    const hostile = makeTree({
      '.gitlab-ci.yml': 'include: ci/bomb.yml\nok:\n  script: echo\n',
      'ci/bomb.yml': ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, level) => `${String.fromCharCode(98 + level)}: &${String.fromCharCode(98 + level)} [${Array(10).fill(`*${String.fromCharCode(97 + level)}`).join(',')}]`), 'job:', '  script: *j', ''].join('\n'),
      'dup/.gitlab-ci.yml': 'job:\n  script: echo\njob:\n  script: echo\n',
      'bad/.gitlab-ci.yml': 'job:\n  script: [\n',
    });
    after(hostile.cleanup);
    const outcome = await runCli(['scan', hostile.root, '--scanners', 'pipeline', '-f', 'json', '-q', '-j', '1'], { cwd: hostile.root });
    const report = JSON.parse(outcome.stdout) as Report;
    const errors = report.errors.map((error) => `${error.path}:${error.line} ${error.code}`).sort();
    assert.deepEqual(errors, ['.gitlab-ci.yml:1 RAMPART_E_PARSE', 'bad/.gitlab-ci.yml:3 RAMPART_E_PARSE', 'dup/.gitlab-ci.yml:3 RAMPART_E_PARSE']);
  });
});
