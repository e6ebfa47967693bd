import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fakeGithubToken, makeTree, runCli } from '../support/cli-harness.ts';

const repoFile = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

describe('pre-commit hook definition', () => {
  it('runs a staged scan that blocks a commit adding a secret', async () => {
    const hooks = parse(repoFile('.pre-commit-hooks.yaml')) as { id: string; entry: string; pass_filenames: boolean }[];
    const hook = hooks.find((candidate) => candidate.id === 'rampart-secrets')!;
    assert.equal(hook.pass_filenames, false);
    const [command, ...args] = hook.entry.split(/\s+/);
    assert.equal(command, 'rampart');
    const tree = makeTree({ 'app.env': `TOKEN=${fakeGithubToken()}\n` });
    try {
      const git = (...gitArgs: string[]) => execFileSync('git', ['-C', tree.root, ...gitArgs], { stdio: 'pipe' });
      git('init', '-q');
      git('add', 'app.env');
      assert.equal((await runCli(args, { cwd: tree.root })).code, 1);
      writeFileSync(join(tree.root, 'app.env'), 'TOKEN=from-the-environment\n');
      git('add', 'app.env');
      assert.equal((await runCli(args, { cwd: tree.root })).code, 0);
    } finally {
      tree.cleanup();
    }
  });
});

describe('GitHub Action definition', () => {
  const action = parse(repoFile('action.yml')) as { inputs: Record<string, unknown>; runs: { using: string; steps: { run?: string; with?: Record<string, string> }[] } };

  it('is a composite action whose steps use only declared inputs', () => {
    assert.equal(action.runs.using, 'composite');
    const used = [...repoFile('action.yml').matchAll(/inputs\.([a-z-]+)/g)].map((match) => match[1]!);
    for (const name of used) assert.ok(name in action.inputs, `input ${name} is declared`);
  });

  it('passes user input to the shell through env, never by expression inside run', () => {
    for (const step of action.runs.steps) assert.doesNotMatch(step.run ?? '', /\$\{\{\s*inputs\./);
  });
});
