import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; message: string; location: { path: string; startLine: number } }[];
  errors: { path: string; line?: number; code: string; message: string }[];
  notices: { path?: string; code: string; message: string }[];
  stats: { files: number };
}

/** Ten levels that each alias the one before ten times: expanding them would take 10^10 nodes. */
function aliasBomb(indent: string): string[] {
  return ['a0: &a0 ["lol"]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)].map((line) => `${indent}${line}`);
}

function nestedDynamic(depth: number, width: number): string {
  let inner = 'v = 1';
  for (let level = depth - 1; level >= 0; level--) inner = `dynamic "l${level}" {\n  for_each = range(${width})\n  content {\n    ${inner}\n  }\n}`;
  return inner;
}

const unencryptedVolume = (name: string): string => `resource "aws_ebs_volume" "${name}" {\n  availability_zone = "us-east-1a"\n  size              = 10\n  encrypted         = false\n}\n`;

/**
 * Every kind of hostile IaC input in one tree, scanned with one command, each beside an ordinary
 * file whose findings must survive: the hostile file gets an error or a notice that names it, the
 * work it causes is capped (counted here by findings and notices, never by the clock).
 */
function hostileTree(): Record<string, string> {
  let broken = '';
  for (let index = 0; index < 50; index++) broken += unencryptedVolume(`v${index}`);
  broken = broken.replace('size              = 10\n  encrypted         = false\n}\nresource "aws_ebs_volume" "v25"', 'size              = = 10\n  encrypted         = false\n}\nresource "aws_ebs_volume" "v25"');
  const dockerfile = ['FROM alpine:3.19', ...Array.from({ length: 100_000 }, (_, index) => (index % 2 === 0 ? `RUN echo ${index} \\` : '    && true')), 'USER root', ''].join('\n');
  return {
    'ok/main.tf': unencryptedVolume('plain'),
    'broken/main.tf': broken,
    'cycle/a/main.tf': `module "b" {\n  source = "../b"\n}\n${unencryptedVolume('in_a')}`,
    'cycle/b/main.tf': `module "a" {\n  source = "../a"\n}\n${unencryptedVolume('in_b')}`,
    'count/main.tf': `resource "aws_ebs_volume" "many" {\n  count             = 1e9\n  availability_zone = "us-east-1a"\n  size              = 10\n  encrypted         = false\n}\n`,
    'foreach/main.tf': `locals {\n  huge = { for i in range(1000000) : "k\${i}" => i }\n  big  = { for i in range(50000) : "k\${i}" => i }\n}\nresource "aws_ebs_volume" "huge" {\n  for_each          = local.huge\n  availability_zone = "us-east-1a"\n  encrypted         = false\n}\nresource "aws_ebs_volume" "big" {\n  for_each          = local.big\n  availability_zone = "us-east-1a"\n  encrypted         = false\n}\n`,
    'dynamic/main.tf': `resource "aws_security_group" "deep" {\n  description = "nested"\n${nestedDynamic(24, 2)}\n}\n${unencryptedVolume('beside_dynamic')}`,
    'k8s/bomb.yaml': ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', 'data:', ...aliasBomb('  '), ''].join('\n'),
    'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: root\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n      securityContext:\n        privileged: true\n',
    'cfn/bomb.yaml': ['AWSTemplateFormatVersion: "2010-09-09"', 'Metadata:', ...aliasBomb('  '), 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', ''].join('\n'),
    'cfn/bucket.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Plain:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: plain\n',
    'docker/huge/Dockerfile': dockerfile,
    'docker/small/Dockerfile': 'FROM alpine:3.19\nRUN apk add curl\nUSER root\n',
  };
}

describe('IaC hostile input, end to end', () => {
  it('reports each hostile file with an error or notice naming it, caps the work, and loses no finding of the other files', async () => {
    const tree = makeTree(hostileTree());
    try {
      const outcome = await runCli(['scan', '.', '--scanners', 'iac', '--format', 'json', '--quiet', '--fail-on', 'never'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const report = JSON.parse(outcome.stdout) as Report;
      const findingsIn = (path: string, ruleId?: string) => report.findings.filter((finding) => finding.location.path === path && (!ruleId || finding.ruleId === ruleId));
      const noticesIn = (path: string) => report.notices.filter((notice) => notice.path === path);

      // The ordinary files keep their findings.
      assert.equal(findingsIn('ok/main.tf', 'tf-aws-ebs-volume-unencrypted').length, 1);
      assert.equal(findingsIn('k8s/pod.yaml', 'k8s-privileged-container').length, 1);
      assert.equal(findingsIn('cfn/bucket.yaml', 'cfn-s3-bucket-unencrypted').length, 1);
      assert.equal(findingsIn('docker/small/Dockerfile', 'dockerfile-last-user-root').length, 1);
      assert.equal(findingsIn('dynamic/main.tf', 'tf-aws-ebs-volume-unencrypted').length, 1);

      // Broken HCL: the error names the file and line; the 49 other volumes of that file are still checked (the broken one too, as far as it reads).
      const brokenErrors = report.errors.filter((error) => error.path === 'broken/main.tf');
      assert.ok(brokenErrors.length > 0 && brokenErrors.every((error) => error.code === 'RAMPART_E_PARSE' && error.line! >= 121 && error.line! <= 126), JSON.stringify(brokenErrors));
      assert.ok(findingsIn('broken/main.tf', 'tf-aws-ebs-volume-unencrypted').length >= 49);

      // A module cycle: a notice says so, and the resources written in the modules are still checked once each.
      assert.ok(report.notices.some((notice) => notice.code === 'RAMPART_N_MODULE_UNRESOLVED' && /module cycle/.test(notice.message)), JSON.stringify(report.notices));
      assert.ok(findingsIn('cycle/a/main.tf', 'tf-aws-ebs-volume-unencrypted').length >= 1);

      // count = 1e9: read as a number, capped at 1,000 instances, with a notice naming the resource.
      assert.equal(findingsIn('count/main.tf', 'tf-aws-ebs-volume-unencrypted').length, 1000);
      assert.deepEqual(noticesIn('count/main.tf').map((notice) => notice.message), ['aws_ebs_volume.many expands to 1000000000 instances; only the first 1000 were checked']);
      assert.deepEqual(report.errors.filter((error) => error.path === 'count/main.tf'), []);

      // for_each over a generated map: a million entries are refused (checked as one instance with unknown keys), 50,000 are capped; a notice each.
      assert.equal(findingsIn('foreach/main.tf', 'tf-aws-ebs-volume-unencrypted').filter((finding) => finding.message.startsWith('aws_ebs_volume.big[')).length, 1000);
      assert.equal(findingsIn('foreach/main.tf', 'tf-aws-ebs-volume-unencrypted').length, 1001);
      assert.ok(noticesIn('foreach/main.tf').some((notice) => notice.message === 'aws_ebs_volume.big expands to 50000 instances; only the first 1000 were checked'));
      assert.ok(noticesIn('foreach/main.tf').some((notice) => notice.message.startsWith('aws_ebs_volume.huge: its count or for_each is too large to evaluate')));

      // Nested dynamic blocks that would multiply to 2^24 blocks: capped, with a notice naming the resource.
      assert.ok(noticesIn('dynamic/main.tf').some((notice) => notice.code === 'RAMPART_N_IAC_EXPANSION_CAPPED' && notice.message.startsWith('aws_security_group.deep ')));

      // YAML alias bombs: an error each, naming the file.
      for (const path of ['k8s/bomb.yaml', 'cfn/bomb.yaml']) assert.ok(report.errors.some((error) => error.path === path && /alias bomb/.test(error.message)), `${path}: ${JSON.stringify(report.errors)}`);

      // A 100,000-line Dockerfile is read to its end: the USER on its last line is judged.
      assert.deepEqual(findingsIn('docker/huge/Dockerfile', 'dockerfile-last-user-root').map((finding) => finding.location.startLine), [100_002]);
    } finally {
      tree.cleanup();
    }
  });
});
