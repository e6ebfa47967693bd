import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../../../core/source-file.ts';
import { positionOf, valueAt } from '../../iac-resource.ts';
import { isUnknown } from '../../iac-value.ts';
import { looksLikeManifest } from '../kubernetes/kubernetes-reader.ts';
import { cloudformationReader, looksLikeTemplate } from './cloudformation-reader.ts';

function read(text: string, path = 'infra/template.yaml') {
  const file: SourceFile = { path, read: async () => ({ text, bytes: text.length }) };
  return cloudformationReader.read(file, text, {});
}

function resource(text: string, name: string) {
  const found = read(text).resources.find((candidate) => candidate.name === name);
  assert.ok(found, name);
  return found;
}

const template = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Stage:
    Type: String
    Default: prod
  Password:
    Type: String
    NoEcho: true
  Subnets:
    Type: CommaDelimitedList
    Default: subnet-a, subnet-b
Mappings:
  Sizes:
    prod:
      Instance: m5.large
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
  HasPassword: !Not [!Equals [!Ref Password, '']]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'logs-\${Stage}'
      AccountBucket: !Sub '\${AWS::AccountId}-logs'
      Joined: !Join ['-', [a, !Ref Stage, c]]
      Picked: !Select [1, !Ref Subnets]
      Split: !Split [',', 'x,y']
      Size: !FindInMap [Sizes, !Ref Stage, Instance]
      Chosen: !If [IsProd, yes-prod, not-prod]
      Negated: !If [NotProd, 1, 2]
      Undecided: !If [HasPassword, a, b]
      Removed: !If [IsProd, !Ref AWS::NoValue, kept]
      Secret: !Ref Password
      Literal: !Sub '\${!NotReplaced}'
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt Bucket.Arn
      Long:
        Fn::GetAtt: [Bucket, Arn]
      Name: !Ref Bucket
      Mixed: !Sub '\${Bucket.Arn}/*'
`;

describe('cloudformationReader', () => {
  it('claims templates by extension and sniffs them apart from manifests, workflows and package.json', () => {
    for (const path of ['a.yaml', 'b.yml', 'c.json', 'd.template']) assert.ok(cloudformationReader.claimsPath(path), path);
    assert.equal(cloudformationReader.claimsPath('main.tf'), false);
    assert.ok(looksLikeTemplate(template));
    assert.ok(looksLikeTemplate('Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n'));
    assert.ok(looksLikeTemplate('{\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket" }\n  }\n}'));
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  Resources: "Type: AWS::S3::Bucket"\n';
    assert.equal(looksLikeTemplate(manifest), false);
    assert.ok(looksLikeManifest('m.yaml', manifest));
    assert.equal(looksLikeManifest('t.yaml', template), false);
    assert.equal(looksLikeTemplate('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo Resources\n'), false);
    assert.equal(looksLikeTemplate('{"name": "x", "description": "Resources", "version": "1.0.0"}'), false);
  });

  it('makes one resource per Resources entry, named and addressed by logical id at its line', () => {
    const { resources, errors } = read(template);
    assert.deepEqual(errors, []);
    assert.deepEqual(resources.map((r) => [r.type, r.name, r.address, r.startLine]), [
      ['AWS::S3::Bucket', 'Bucket', 'Bucket', 21],
      ['AWS::SQS::Queue', 'Queue', 'Queue', 36],
    ]);
    assert.equal(resources[0]!.endLine, 35);
    assert.equal(resources[0]!.format, 'cloudformation');
    assert.equal(positionOf(resources[0]!, 'Joined').line, 26);
    assert.equal(positionOf(resources[1]!, 'RedrivePolicy.deadLetterTargetArn').line, 40);
  });

  it('evaluates short-form functions against parameter defaults, conditions and mappings', () => {
    const bucket = resource(template, 'Bucket');
    assert.equal(valueAt(bucket, 'BucketName'), 'logs-prod');
    assert.equal(valueAt(bucket, 'Joined'), 'a-prod-c');
    assert.equal(valueAt(bucket, 'Picked'), 'subnet-b');
    assert.deepEqual(valueAt(bucket, 'Split'), ['x', 'y']);
    assert.equal(valueAt(bucket, 'Size'), 'm5.large');
    assert.equal(valueAt(bucket, 'Chosen'), 'yes-prod');
    assert.equal(valueAt(bucket, 'Negated'), 2);
    assert.equal(valueAt(bucket, 'Literal'), '${NotReplaced}');
    assert.equal(Object.hasOwn(bucket.attributes, 'Removed'), false, 'AWS::NoValue removes the property');
  });

  it('leaves parameters without default, pseudo parameters and undecidable conditions unknown', () => {
    const bucket = resource(template, 'Bucket');
    for (const path of ['Secret', 'AccountBucket', 'Undecided']) assert.ok(isUnknown(valueAt(bucket, path)), path);
  });

  it('makes references to other resources unknown with the logical id they refer to, and lists them', () => {
    const queue = resource(template, 'Queue');
    for (const path of ['RedrivePolicy.deadLetterTargetArn', 'Long', 'Name', 'Mixed']) {
      const value = valueAt(queue, path);
      assert.ok(isUnknown(value), path);
      assert.deepEqual(value.refersTo, ['Bucket'], path);
    }
    assert.deepEqual(queue.references, ['Bucket']);
  });

  it('reads JSON templates with long-form functions and positions', () => {
    const json = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": { "Acl": { "Type": "String", "Default": "PublicRead" } },
  "Resources": {
    "Bucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "AccessControl": { "Ref": "Acl" },
        "BucketName": { "Fn::Join": ["-", ["a", { "Ref": "AWS::Region" }]] }
      }
    }
  }
}`;
    const { resources, errors } = read(json, 'template.json');
    assert.deepEqual(errors, []);
    assert.equal(resources[0]!.startLine, 5);
    assert.equal(valueAt(resources[0]!, 'AccessControl'), 'PublicRead');
    assert.equal(positionOf(resources[0]!, 'AccessControl').line, 8);
    assert.ok(isUnknown(valueAt(resources[0]!, 'BucketName')));
  });

  it('honours Checkov Metadata skips and skip comments in the resource or right above it', () => {
    const { resources } = read(`Resources:
  # checkov:skip=CKV_AWS_21:logs need no versions
  Logs:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_18
            comment: this is the log bucket
    Properties:
      # rampart-ignore: cfn-s3-bucket-unencrypted encrypted by the account default
      BucketName: logs
  Other:
    Type: AWS::S3::Bucket
`);
    assert.deepEqual([...(resources[0]!.skips ?? [])], [
      ['CKV_AWS_21', 'logs need no versions'],
      ['cfn-s3-bucket-unencrypted', 'encrypted by the account default'],
      ['CKV_AWS_18', 'this is the log bucket'],
    ]);
    assert.equal(resources[1]!.skips, undefined);
  });

  it('reports broken YAML with its line and scans nothing of that file', () => {
    const { resources, errors } = read('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties: [unclosed\n');
    assert.equal(resources.length, 0);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.code, 'RAMPART_E_PARSE');
    assert.ok((errors[0]!.line ?? 0) >= 4);
  });

  it('reports a Resources entry that is not a resource and still reads the others', () => {
    const { resources, errors } = read('Resources:\n  Broken: just a string\n  NoType:\n    Properties: {}\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    assert.deepEqual(resources.map((r) => r.name), ['Bucket']);
    assert.deepEqual(errors.map((error) => error.line), [2, 3]);
  });

  it('refuses a YAML alias bomb with an error instead of expanding it', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let level = 1; level < 9; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(', ')}]`);
    const bomb = `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n${levels.map((line) => `  ${line}`).join('\n')}\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *i\n`;
    const { resources, errors } = read(bomb);
    assert.equal(resources.length, 0);
    assert.match(errors[0]?.message ?? '', /alias bomb/);
  });

  it('reads a template with thousands of resources and a self-referring condition', () => {
    const entries = Array.from({ length: 5000 }, (_, index) => `  Bucket${index}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [Loop, a, !Sub 'b-\${AWS::Region}-${index}']\n`);
    const { resources, errors } = read(`AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n  Loop: !Condition Loop\nResources:\n${entries.join('')}`);
    assert.deepEqual(errors, []);
    assert.equal(resources.length, 5000);
    assert.ok(isUnknown(valueAt(resources[4999]!, 'BucketName')));
    assert.equal(resources[4999]!.startLine, 5 + 4 * 4999);
  });
});

describe('cloudformationReader with SAM', () => {
  it('merges Globals into serverless resources, the resource winning and maps merging', () => {
    const { resources } = read(`Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    KmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/global
    Environment:
      Variables:
        STAGE: prod
        LEVEL: info
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.11
      Environment:
        Variables:
          LEVEL: debug
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Handler: app.handler
`);
    const [fn, plain] = resources;
    assert.equal(valueAt(fn!, 'Runtime'), 'python3.11');
    assert.equal(valueAt(fn!, 'KmsKeyArn'), 'arn:aws:kms:eu-west-1:123456789012:key/global');
    assert.deepEqual(valueAt(fn!, 'Environment.Variables'), { STAGE: 'prod', LEVEL: 'debug' });
    assert.equal(positionOf(fn!, 'KmsKeyArn').line, fn!.startLine);
    assert.equal(valueAt(plain!, 'KmsKeyArn'), undefined);
  });
});
