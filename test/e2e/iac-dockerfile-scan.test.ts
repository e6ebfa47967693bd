import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; location: { path: string; startLine: number } }[];
  suppressed?: { ruleId: string; location: { path: string; startLine: number } }[];
  errors: { path: string; line?: number; code: string; message: string }[];
}

async function scanIac(files: Record<string, string>): Promise<Report> {
  const tree = makeTree(files);
  try {
    const outcome = await runCli(['scan', '.', '--scanners', 'iac', '--format', 'json', '--quiet', '--fail-on', 'never'], { cwd: tree.root });
    assert.equal(outcome.code, 0, outcome.stderr);
    return JSON.parse(outcome.stdout) as Report;
  } finally {
    tree.cleanup();
  }
}

function hits(report: Report, path: string): string[] {
  return report.findings.filter((finding) => finding.location.path === path).map((finding) => `${finding.location.startLine} ${finding.ruleId}`).sort();
}

describe('rampart scan --scanners iac on Dockerfiles', () => {
  it('honours hadolint and rampart comments above an instruction and Checkov skips anywhere in the file', async () => {
    const report = await scanIac({
      'Dockerfile': [
        '# checkov:skip=CKV_DOCKER_2:Kubernetes probes check health',
        '# hadolint ignore=DL3007',
        'FROM alpine:latest',
        '# rampart-ignore: dockerfile-curl-pipe-shell vendor script reviewed',
        'RUN curl -fsSL https://example.com/install.sh | sh',
        'RUN apk add curl',
        'USER 10001',
        '',
      ].join('\n'),
    });
    const found = hits(report, 'Dockerfile');
    for (const silenced of ['dockerfile-no-healthcheck', 'dockerfile-image-latest-tag', 'dockerfile-curl-pipe-shell']) assert.ok(!found.some((hit) => hit.endsWith(` ${silenced}`)), `${silenced} in ${found.join(', ')}`);
    assert.ok(found.includes('6 dockerfile-apk-unpinned'), found.join(', '));
    assert.ok(found.includes('6 dockerfile-apk-no-cache'), found.join(', '));
  });

  it('claims Containerfiles and suffixed Dockerfiles but not .dockerignore or prose named like a Dockerfile', async () => {
    const report = await scanIac({
      'Containerfile': 'FROM ubuntu\nUSER app\n',
      'svc/api.Dockerfile': 'FROM ubuntu\nUSER app\n',
      'Dockerfile.md': '# Notes\nWe use FROM ubuntu in production.\n',
      '.dockerignore': 'node_modules\n',
    });
    assert.deepEqual([...new Set(report.findings.filter((finding) => finding.ruleId === 'dockerfile-image-latest-tag').map((finding) => finding.location.path))].sort(), ['Containerfile', 'svc/api.Dockerfile']);
    assert.deepEqual(report.errors, []);
  });

  it('reads hostile Dockerfiles with clear errors and without losing the other files\' findings', async () => {
    const huge = ['FROM alpine:latest', ...Array.from({ length: 100_000 }, (_, index) => (index % 3 === 2 ? '    && echo done' : index % 3 === 1 ? `RUN echo ${index} \\` : `ENV V${index}=$V${index - 1}`)), 'USER root', ''].join('\n');
    const report = await scanIac({
      'huge/Dockerfile': huge,
      'heredoc/Dockerfile': 'FROM alpine:latest\nUSER app\nRUN <<EOF\necho never closed\nUSER root\n',
      'continuation/Dockerfile': 'FROM alpine:latest\nUSER app\nRUN echo a \\',
      'junk/Dockerfile': '\u0001\u0002\u00ff\u00fe binary-looking junk \u0007\n\u00c3\u00a9 more junk\nFROM alpine:latest\n',
      'good/Dockerfile': 'FROM node:latest\nUSER app\n',
    });
    assert.ok(hits(report, 'huge/Dockerfile').includes('100002 dockerfile-last-user-root'));
    assert.ok(hits(report, 'huge/Dockerfile').includes('1 dockerfile-image-latest-tag'));
    assert.ok(hits(report, 'good/Dockerfile').includes('1 dockerfile-image-latest-tag'));
    assert.ok(hits(report, 'continuation/Dockerfile').includes('1 dockerfile-image-latest-tag'));
    assert.ok(hits(report, 'junk/Dockerfile').includes('3 dockerfile-image-latest-tag'));
    const errors = report.errors.map((error) => `${error.path}:${error.line} ${error.code}`).sort();
    assert.deepEqual(errors, ['heredoc/Dockerfile:3 RAMPART_E_PARSE', 'junk/Dockerfile:1 RAMPART_E_PARSE']);
    assert.match(report.errors.find((error) => error.path === 'heredoc/Dockerfile')!.message, /never closed/);
    assert.match(report.errors.find((error) => error.path === 'junk/Dockerfile')!.message, /unknown instruction .*and 1 more/);
  });
});
