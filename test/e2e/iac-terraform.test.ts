import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; message: string; location: { path: string; startLine: number } }[];
  errors: { path: string; line?: number; code: string; message: string }[];
  notices: { code: string; message: string }[];
}

const volume = 'variable "encrypted" {\n  type = bool\n}\n\nresource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  encrypted         = var.encrypted\n}\n';

async function scanTerraform(files: Record<string, string>, extra: string[] = [], jobs = '1'): Promise<Report> {
  const tree = makeTree(files);
  try {
    const outcome = await runCli(['scan', '.', '--scanners', 'iac', '--format', 'json', '--quiet', '--fail-on', 'never', '-j', jobs, ...extra.map((arg) => arg.replace('{root}', tree.root))], { cwd: tree.root });
    assert.equal(outcome.code, 0, outcome.stderr);
    return JSON.parse(outcome.stdout) as Report;
  } finally {
    tree.cleanup();
  }
}

/** Findings of the one rule these fixtures are about (other rules may also fire on them). */
const hits = (report: Report) =>
  report.findings
    .filter((finding) => finding.ruleId === 'tf-aws-ebs-volume-unencrypted' || finding.ruleId === 'tf-aws-s3-bucket-unencrypted')
    .map((finding) => `${finding.ruleId}@${finding.location.path}:${finding.location.startLine}`)
    .sort();

describe('rampart scan --scanners iac on Terraform', () => {
  it('does not fire on a value left unknown, and fires once --var or --var-file decides it', async () => {
    assert.deepEqual(hits(await scanTerraform({ 'main.tf': volume })), []);
    assert.deepEqual(hits(await scanTerraform({ 'main.tf': volume }, ['--var', 'encrypted=false'])), ['tf-aws-ebs-volume-unencrypted@main.tf:7']);
    assert.deepEqual(hits(await scanTerraform({ 'main.tf': volume, 'ci/off.tfvars': 'encrypted = false\n' }, ['--var-file', join('{root}', 'ci/off.tfvars')])), ['tf-aws-ebs-volume-unencrypted@main.tf:7']);
    // --var wins over a variable file, as in Terraform.
    assert.deepEqual(hits(await scanTerraform({ 'main.tf': volume, 'terraform.tfvars': 'encrypted = false\n' }, ['--var', 'encrypted=true'])), []);
    assert.deepEqual(hits(await scanTerraform({ 'main.tf': volume, 'terraform.tfvars': 'encrypted = false\n' })), ['tf-aws-ebs-volume-unencrypted@main.tf:7']);
  });

  it('rejects a --var without = and an unreadable --var-file as usage errors', async () => {
    const tree = makeTree({ 'main.tf': volume });
    try {
      const badVar = await runCli(['scan', '.', '--scanners', 'iac', '--var', 'encrypted'], { cwd: tree.root });
      assert.equal(badVar.code, 2);
      assert.match(badVar.stderr, /RAMPART_E_USAGE|name=value/);
      const badFile = await runCli(['scan', '.', '--scanners', 'iac', '--var-file', 'missing.tfvars'], { cwd: tree.root });
      assert.equal(badFile.code, 2);
      assert.match(badFile.stderr, /missing\.tfvars/);
    } finally {
      tree.cleanup();
    }
  });

  it('finds the same in worker threads as in the main thread, one module per directory', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 70; index++) {
      files[`stacks/s${index}/main.tf`] = 'resource "aws_s3_bucket" "b" {\n  bucket = local.name\n}\n';
      files[`stacks/s${index}/locals.tf`] = `locals {\n  name = "bucket-${index}"\n}\n`;
      files[`stacks/s${index}/encryption.tf`] = index % 2 === 0 ? 'resource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n' : '# none\n';
    }
    const single = hits(await scanTerraform(files, [], '1')).filter((hit) => hit.startsWith('tf-aws-s3-bucket-unencrypted'));
    const pooled = hits(await scanTerraform(files, [], '2')).filter((hit) => hit.startsWith('tf-aws-s3-bucket-unencrypted'));
    assert.equal(single.length, 35);
    assert.deepEqual(pooled, single);
  });
});
