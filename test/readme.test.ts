import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { errorCodes, scanErrorCodes } from '../src/core/errors.ts';
import { runCli } from './support/cli-harness.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every error code', () => {
    for (const code of [...Object.keys(errorCodes), ...Object.keys(scanErrorCodes)]) assert.ok(readme.includes(code), `README mentions ${code}`);
  });

  it('documents every flag of rampart scan', async () => {
    const help = (await runCli(['scan', '--help'], { cwd: process.cwd() })).stdout;
    const flags = [...help.matchAll(/(?:^|\s)(--[a-z][a-z-]+)/g)].map((match) => match[1]!).filter((flag) => flag !== '--help');
    assert.ok(flags.length > 10);
    for (const flag of new Set(flags)) assert.match(readme, new RegExp(`\\| \`(?:-[a-z], )?${flag}[ \`]`), `README's flag table documents ${flag}`);
  });

  it('documents every flag of rampart fix in its own table', async () => {
    const help = (await runCli(['fix', '--help'], { cwd: process.cwd() })).stdout;
    const flags = [...help.matchAll(/(?:^|\s)(--[a-z][a-z-]+)/g)].map((match) => match[1]!).filter((flag) => flag !== '--help');
    assert.ok(flags.length >= 9);
    const section = readme.split('### `rampart fix [PATH]`')[1]!.split('\n### ')[0]!;
    for (const flag of new Set(flags)) assert.match(section, new RegExp(`\\| \`(?:-[a-z], )?${flag}[ \`]`), `README's fix section documents ${flag}`);
  });

  it('has a quick start of exactly two commands', () => {
    const section = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');
    assert.deepEqual(block, ['npm install && npx rampart scan examples/demo-repo', 'npm test']);
  });
});
