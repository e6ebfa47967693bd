import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJsonText } from '../../checks/aws-iam-policy.ts';
import { PartlyKnownText, isUnknown, type IacValue } from '../../iac-value.ts';
import { valueAt } from '../../iac-resource.ts';
import { scanIacText } from '../../index.ts';
import { byAddress, memoryTree, readTerraform } from './terraform-test-files.ts';

const DOCUMENT = `variable "bucket_arn" {}
data "aws_iam_policy_document" "p" {
  policy_id = "example"
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["\${var.bucket_arn}/*", "arn:aws:s3:::fixed/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com", "logging.s3.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["111122223333"]
    }
  }
  statement {
    effect      = "Deny"
    not_actions = ["s3:GetObject", "s3:ListBucket"]
    resources   = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.p.json]
}
resource "aws_s3_bucket_policy" "b" {
  bucket = "fixed"
  policy = data.aws_iam_policy_document.p.json
}
`;

test('a policy document renders its json as the provider does, unknown parts kept inside', () => {
  const result = readTerraform({ 'main.tf': DOCUMENT }, 'main.tf');
  const json = valueAt(byAddress(result, 'aws_s3_bucket_policy.b'), 'policy');
  assert.ok(json instanceof PartlyKnownText, 'the bucket ARN is unknown, so the text is partly known');
  const document = readJsonText(json) as { [key: string]: IacValue };
  assert.equal(document['Version'], '2012-10-17');
  assert.equal(document['Id'], 'example');
  const [read, deny] = document['Statement'] as { [key: string]: IacValue }[];
  assert.equal(read!['Sid'], 'Read');
  assert.equal(read!['Effect'], 'Allow');
  assert.equal(read!['Action'], 's3:GetObject');
  assert.ok(isUnknown((read!['Resource'] as IacValue[])[0]));
  assert.equal((read!['Resource'] as IacValue[])[1], 'arn:aws:s3:::fixed/*');
  assert.deepEqual(read!['Principal'], { AWS: 'arn:aws:iam::111122223333:root', Service: ['cloudfront.amazonaws.com', 'logging.s3.amazonaws.com'] });
  assert.deepEqual(read!['Condition'], { StringEquals: { 'aws:SourceAccount': '111122223333' } });
  assert.deepEqual(deny, { Effect: 'Deny', NotAction: ['s3:GetObject', 's3:ListBucket'], Resource: '*', Principal: '*' });
  // Merging documents is the provider's work: not rendered, so what refers to it stays unknown.
  assert.equal(valueAt(byAddress(result, 'data.aws_iam_policy_document.merged'), 'json'), undefined);
});

test('a fully known document renders to plain JSON text', () => {
  const text = 'data "aws_iam_policy_document" "p" {\n  statement {\n    actions   = ["sqs:SendMessage"]\n    resources = ["*"]\n  }\n}\n';
  const json = valueAt(byAddress(readTerraform({ 'main.tf': text }, 'main.tf'), 'data.aws_iam_policy_document.p'), 'json');
  assert.equal(json, '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}');
});

test('an IAM policy that takes a document\'s json is judged once, where the statements are written', () => {
  const text = 'data "aws_iam_policy_document" "admin" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\nresource "aws_iam_policy" "admin" {\n  name   = "admin"\n  policy = data.aws_iam_policy_document.admin.json\n}\nresource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = data.aws_iam_policy_document.admin.json\n}\n';
  const files = { 'main.tf': text };
  const output = scanIacText({ path: 'main.tf', related: memoryTree(files), read: async () => ({ text, bytes: text.length }) }, text);
  const wildcard = output.drafts.filter((draft) => draft.ruleId === 'tf-aws-iam-policy-wildcard-action');
  assert.deepEqual(wildcard.map((draft) => draft.message.split(':')[0]), ['data.aws_iam_policy_document.admin']);
  // A resource policy rule has no document to defer to: it reads the rendered json.
  assert.ok(!output.drafts.some((draft) => draft.ruleId === 'tf-aws-s3-bucket-policy-any-principal'), 'no principal: not open to anyone');
});
