import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeTree, runCli } from '../support/cli-harness.ts';

interface Report {
  findings: { ruleId: string; message: string; location: { path: string; startLine: number } }[];
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

const bucket = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Acl:
    Type: String
Resources:
  # checkov:skip=CKV_AWS_18:this bucket receives the access logs
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_20
            comment: a public website
    Properties:
      AccessControl: PublicRead
  Unknown:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
`;

describe('rampart scan --scanners iac on CloudFormation templates', () => {
  it('reports rules at the logical id or the property, honours Checkov skips, and never fires on an unknown value', async () => {
    const report = await scanIac({ 'infra/bucket.yaml': bucket });
    const found = hits(report, 'infra/bucket.yaml');
    assert.ok(found.includes('10 cfn-s3-bucket-acl-public-read'), found.join(', '));
    assert.ok(!found.includes('19 cfn-s3-bucket-acl-public-read'), 'Metadata skip of CKV_AWS_20');
    assert.ok(!found.includes('7 cfn-s3-bucket-access-logging-disabled'), 'comment skip of CKV_AWS_18');
    assert.ok(found.includes('11 cfn-s3-bucket-access-logging-disabled'), found.join(', '));
    assert.ok(!report.findings.some((finding) => finding.message.startsWith('Unknown:') && finding.ruleId.startsWith('cfn-s3-bucket-acl')));
    assert.deepEqual(report.errors, []);
  });

  it('reports a broken template and an alias bomb as errors while other templates are still scanned', async () => {
    const levels = Array.from({ length: 9 }, (_, level) => {
      const name = String.fromCharCode(97 + level);
      const items = level === 0 ? Array(10).fill('"x"') : Array(10).fill(`*${String.fromCharCode(96 + level)}`);
      return `  ${name}: &${name} [${items.join(', ')}]`;
    });
    const report = await scanIac({
      'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties: {unclosed\n',
      'bomb.yaml': `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n${levels.join('\n')}\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *i\n`,
      'ok.json': '{\n  "Resources": {\n    "Key": { "Type": "AWS::KMS::Key", "Properties": { "EnableKeyRotation": false } }\n  }\n}\n',
    });
    assert.deepEqual(report.errors.map((error) => [error.path, error.code]).sort(), [['bomb.yaml', 'RAMPART_E_PARSE'], ['broken.yaml', 'RAMPART_E_PARSE']]);
    assert.ok(hits(report, 'ok.json').includes('3 cfn-kms-key-rotation-disabled'), hits(report, 'ok.json').join(', '));
  });

  it('leaves Kubernetes manifests, workflows and package.json to other readers', async () => {
    const report = await scanIac({
      'deploy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  Resources: "Type: AWS::S3::Bucket"\n',
      '.github/workflows/ci.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo Resources\n',
      'package.json': '{"name": "x", "version": "1.0.0", "description": "Resources AWS::S3::Bucket"}',
    });
    assert.ok(!report.findings.some((finding) => finding.ruleId.startsWith('cfn-')));
    assert.deepEqual(report.errors, []);
  });
});
