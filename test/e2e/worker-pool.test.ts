import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeGithubToken, makeTree, runCli } from '../support/cli-harness.ts';

describe('rampart scan --jobs', () => {
  it('finds the same things with worker threads as in-process, on a tree big enough to use them', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`pkg${i % 9}/file${i}.env`] = i % 50 === 7 ? `A=1\nTOKEN=${fakeGithubToken(`Tq4Wm8Zr2Xp6Lk9Nv3Hb7Jd1Fs${String(i).padStart(4, '0')}`)}\n` : `NAME=value${i}\n`;
    files['big.env'] = `${'#'.repeat(4096)}\n`;
    const tree = makeTree(files);
    try {
      const inProcess = await runCli(['scan', '.', '--format', 'json', '--jobs', '1', '--max-file-bytes', '2048'], { cwd: tree.root });
      const pooled = await runCli(['scan', '.', '--format', 'json', '--jobs', '2', '--max-file-bytes', '2048'], { cwd: tree.root });
      const one = JSON.parse(inProcess.stdout) as { findings: unknown[]; notices: unknown[]; stats: { files: number } };
      const two = JSON.parse(pooled.stdout) as typeof one;
      assert.equal(one.findings.length, 9);
      assert.deepEqual(two.findings, one.findings);
      assert.deepEqual(two.notices, one.notices);
      assert.equal(two.stats.files, one.stats.files);
      assert.equal(pooled.code, 1);
    } finally {
      tree.cleanup();
    }
  });

  it('rejects a --jobs value that is not a small positive integer', async () => {
    const tree = makeTree({ 'a.txt': 'x\n' });
    try {
      const outcome = await runCli(['scan', '.', '--jobs', 'many'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /--jobs must be an integer/);
    } finally {
      tree.cleanup();
    }
  });
});
