import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RelatedFileReader } from '../../../core/source-file.ts';
import type { GitlabJob } from './gitlab-model.ts';
import { readGitlabPipeline } from './read-gitlab-pipeline.ts';
import { positionOf } from '../yaml-source.ts';

/** An in-memory repository for include tests. */
function repo(files: Record<string, string>): RelatedFileReader {
  return {
    read: (path) => files[path],
    list: (directory, options) =>
      Object.keys(files)
        .filter((path) => (directory === '' || path.startsWith(`${directory}/`)) && (options.recursive || !path.slice(directory.length + 1).includes('/')))
        .sort()
        .slice(0, options.maxEntries),
  };
}

function read(text: string, files: Record<string, string> = {}) {
  const outcome = readGitlabPipeline('.gitlab-ci.yml', text, repo(files));
  assert.deepEqual(outcome.errors, []);
  assert.ok(outcome.pipeline);
  return outcome.pipeline;
}

const job = (pipeline: { jobs: GitlabJob[] }, name: string) => pipeline.jobs.find((candidate) => candidate.name === name)!;
const scripts = (entry: GitlabJob) => entry.scripts.map((item) => `${item.kind}: ${item.field.value}`);

describe('readGitlabPipeline', () => {
  it('separates jobs from reserved keys and hidden templates', () => {
    const pipeline = read('stages: [test]\nvariables: { A: "1" }\ndefault: { image: node:22 }\n.tmpl: { script: echo t }\nunit:\n  script: npm test\n');
    assert.deepEqual(pipeline.jobs.map((entry) => entry.name), ['unit']);
    assert.deepEqual(pipeline.templates.map((entry) => entry.name), ['.tmpl']);
  });

  it('applies extends with the job winning, the last parent next, and mappings deep-merged', () => {
    const pipeline = read(
      [
        '.a: { image: a:1, variables: { X: a, Y: a }, script: echo a }',
        '.b: { image: b:1, variables: { Y: b }, extends: .c }',
        '.c: { before_script: echo c }',
        'job:',
        '  extends: [.a, .b]',
        '  variables: { Z: job }',
        '',
      ].join('\n'),
    );
    const entry = job(pipeline, 'job');
    assert.equal(entry.image?.value, 'b:1');
    assert.deepEqual(entry.variables.map((variable) => `${variable.name}=${variable.value?.value}`), ['Z=job', 'Y=b', 'X=a']);
    assert.deepEqual(scripts(entry), ['before_script: echo c', 'script: echo a']);
  });

  it('survives extends cycles', () => {
    const pipeline = read('.a: { extends: .b, script: echo a }\n.b: { extends: .a }\njob: { extends: .a }\n');
    assert.deepEqual(scripts(job(pipeline, 'job')), ['script: echo a']);
  });

  it('takes image and scripts from default: or the global keywords unless inherit: default is off', () => {
    const pipeline = read('default:\n  image: node:22\n  before_script: [npm ci]\nservices: [redis:7]\nplain: { script: npm test }\nalone:\n  inherit: { default: false }\n  script: make\n');
    assert.equal(job(pipeline, 'plain').image?.value, 'node:22');
    assert.deepEqual(job(pipeline, 'plain').services.map((service) => service.value), ['redis:7']);
    assert.deepEqual(scripts(job(pipeline, 'plain')), ['before_script: npm ci', 'script: npm test']);
    assert.equal(job(pipeline, 'alone').image, undefined);
  });

  it('adds global variables unless the job opts out, and marks expand: false values as raw', () => {
    const pipeline = read('variables:\n  G: $CI_COMMIT_TITLE\n  R: { value: $CI_COMMIT_TITLE, expand: false }\na: { script: x }\nb:\n  inherit: { variables: [R] }\n  script: x\n');
    assert.deepEqual(job(pipeline, 'a').variables.map((variable) => `${variable.name}${variable.isRaw ? ' raw' : ''}`), ['G', 'R raw']);
    assert.deepEqual(job(pipeline, 'b').variables.map((variable) => variable.name), ['R']);
  });

  it('resolves YAML merge keys and !reference tags, keeping positions', () => {
    const text = ['.setup: &setup', '  before_script:', '    - npm ci', '.lint:', '  script: [eslint .]', 'job:', '  <<: *setup', '  script:', '    - !reference [.lint, script]', '    - npm test', ''].join('\n');
    const pipeline = read(text);
    const entry = job(pipeline, 'job');
    assert.deepEqual(scripts(entry), ['before_script: npm ci', 'script: eslint .', 'script: npm test']);
    const eslint = entry.scripts[1]!.field;
    assert.deepEqual(positionOf(eslint.file.source, eslint.span.start), { line: 5, column: 12 });
  });

  it('reads the configuration after a spec: header', () => {
    const pipeline = read('spec:\n  inputs:\n    stage: { default: test }\n---\ncomponent-job:\n  script: echo $[[ inputs.stage ]]\n');
    assert.deepEqual(pipeline.jobs.map((entry) => entry.name), ['component-job']);
  });

  it('follows every include: local form, including globs, and records the others', () => {
    const pipeline = read(
      ['include:', '  - /ci/a.yml', '  - local: ci/b.yml', '  - local: ci/jobs/*.yml', '  - template: Auto-DevOps.gitlab-ci.yml', '  - remote: https://example.com/x.yml', 'main: { script: x }', ''].join('\n'),
      { 'ci/a.yml': 'a: { script: x }\n', 'ci/b.yml': 'include: { local: ci/nested/c.yml }\nb: { script: x }\n', 'ci/nested/c.yml': 'c: { script: x }\n', 'ci/jobs/d.yml': 'd: { script: x }\n', 'ci/jobs/deep/e.yml': 'e: { script: x }\n' },
    );
    assert.deepEqual(pipeline.jobs.map((entry) => entry.name).sort(), ['a', 'b', 'c', 'd', 'main']);
    assert.deepEqual(job(pipeline, 'c').key.file.path, 'ci/nested/c.yml');
    assert.deepEqual(pipeline.includes.map((include) => include.kind), ['local', 'local', 'local', 'local', 'template', 'remote']);
    assert.equal(pipeline.unresolved.length, 2);
  });

  it('lets the including file override a job it includes', () => {
    const pipeline = read('include: ci/a.yml\njob:\n  image: mine:1\n', { 'ci/a.yml': 'job:\n  image: theirs:1\n  script: make\n' });
    const entry = job(pipeline, 'job');
    assert.equal(entry.image?.value, 'mine:1');
    assert.equal(entry.scripts[0]?.field.file.path, 'ci/a.yml');
  });

  it('stops at the include depth and file-count limits', () => {
    const chain: Record<string, string> = {};
    for (let level = 0; level < 15; level += 1) chain[`ci/${level}.yml`] = `include: ci/${level + 1}.yml\njob${level}: { script: x }\n`;
    const deep = read('include: ci/0.yml\n', chain);
    assert.ok(deep.jobs.length <= 11, `${deep.jobs.length} jobs`);
    assert.ok(deep.unresolved.some((item) => item.message.includes('nest more than')));
    const many: Record<string, string> = {};
    for (let index = 0; index < 150; index += 1) many[`ci/many/${String(index).padStart(3, '0')}.yml`] = `job${index}: { script: x }\n`;
    const wide = read('include: ci/many/*.yml\n', many);
    assert.equal(wide.jobs.length, 100);
  });

  it('reports invalid YAML in an included file at that file and line', () => {
    const outcome = readGitlabPipeline('.gitlab-ci.yml', 'include: ci/bad.yml\nok: { script: x }\n', repo({ 'ci/bad.yml': 'a: 1\nb: [\n' }));
    assert.deepEqual(outcome.errors.map((error) => [error.path, error.code]), [['ci/bad.yml', 'RAMPART_E_PARSE']]);
    assert.deepEqual(outcome.pipeline?.jobs.map((entry) => entry.name), ['ok']);
  });
});
