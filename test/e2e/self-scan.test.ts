import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/cli-harness.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

describe('rampart scanning its own repository', () => {
  it('reports nothing: fixtures are excluded by rampart.yaml and fake secrets in tests are marked', async () => {
    const outcome = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'info', '--jobs', '1'], { cwd: repoRoot });
    const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[] };
    assert.deepEqual(report.findings.map((finding) => `${finding.location.path}:${finding.location.startLine} ${finding.ruleId}`), []);
    assert.equal(outcome.code, 0);
  });
});
