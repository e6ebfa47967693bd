import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../../iac-value.ts';
import { positionOf, valueAt } from '../../iac-resource.ts';
import { scanIacText } from '../../index.ts';
import { byAddress, memoryTree, readTerraform } from './terraform-test-files.ts';

describe('terraformReader', () => {
  it('evaluates variable defaults, locals and written attributes of other resources across the module', () => {
    const files = {
      'infra/main.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "${local.prefix}-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n  owner  = aws_s3_bucket.logs.arn\n}\n',
      'infra/variables.tf': 'variable "env" {\n  default = "prod"\n}\nvariable "secret" {}\nlocals {\n  prefix = "acme-${var.env}"\n}\n',
    };
    const result = readTerraform(files, 'infra/main.tf');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.resources.map((resource) => resource.address), ['aws_s3_bucket.logs', 'aws_s3_bucket_versioning.logs']);
    const versioning = byAddress(result, 'aws_s3_bucket_versioning.logs');
    assert.equal(valueAt(versioning, 'bucket'), 'acme-prod-logs');
    const owner = valueAt(versioning, 'owner');
    assert.ok(isUnknown(owner));
    assert.deepEqual(owner.refersTo, ['aws_s3_bucket.logs']);
    assert.deepEqual(versioning.references, ['aws_s3_bucket.logs']);
    assert.equal(versioning.path, 'infra/main.tf');
  });

  it('reports only the scanned file\'s resources but joins against the whole module', () => {
    const files = { 'a.tf': 'resource "x" "one" {}\n', 'b.tf': 'resource "x" "two" {\n  ref = x.one.id\n}\n' };
    const result = readTerraform(files, 'a.tf');
    assert.deepEqual(result.resources.map((resource) => resource.address), ['x.one']);
    assert.deepEqual(result.graph!.resources.map((resource) => resource.address), ['x.one', 'x.two']);
  });

  it('turns a variable without default into an unknown naming the variable', () => {
    const result = readTerraform({ 'main.tf': 'variable "v" {}\nresource "x" "y" {\n  a = var.v\n  b = "${var.v}-suffix"\n}\n' }, 'main.tf');
    const resource = byAddress(result, 'x.y');
    for (const path of ['a', 'b']) {
      const value = valueAt(resource, path);
      assert.ok(isUnknown(value) && /var\.v has no default/.test(value.reason), path);
    }
  });

  it('places attributes, nested blocks and literal elements by path', () => {
    const text = 'resource "aws_security_group" "g" {\n  ingress {\n    from_port = 22\n  }\n  ingress {\n    cidr_blocks = [\n      "10.0.0.0/8",\n      "0.0.0.0/0",\n    ]\n  }\n  tags = {\n    Name = "g"\n  }\n}\n';
    const group = byAddress(readTerraform({ 'main.tf': text }, 'main.tf'), 'aws_security_group.g');
    assert.deepEqual(valueAt(group, 'ingress.1.cidr_blocks'), ['10.0.0.0/8', '0.0.0.0/0']);
    assert.equal(positionOf(group, 'ingress.from_port').line, 3);
    assert.equal(positionOf(group, 'ingress.1').line, 5);
    assert.equal(positionOf(group, 'ingress.1.cidr_blocks.1').line, 8);
    assert.equal(positionOf(group, 'tags.Name').line, 12);
    assert.equal(positionOf(group, 'logging').line, 1);
  });

  it('instances of a body without dynamic blocks share one positions map; with dynamic blocks each gets its own', () => {
    const text = [
      'variable "ports" {\n  default = [22, 80, 443]\n}',
      'resource "aws_security_group" "static" {\n  count = 2\n  ingress {\n    from_port = 22\n  }\n  ingress {\n    from_port = count.index\n  }\n}',
      'resource "aws_security_group" "dyn" {\n  count = 2\n  dynamic "ingress" {\n    for_each = count.index == 0 ? var.ports : [1]\n    content {\n      from_port = ingress.value\n    }\n  }\n  ingress {\n    from_port = 8080\n  }\n}',
    ].join('\n') + '\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    const [first, second] = [byAddress(result, 'aws_security_group.static[0]'), byAddress(result, 'aws_security_group.static[1]')];
    assert.equal(first.positions, second.positions);
    assert.equal(positionOf(second, 'ingress.1.from_port').line, 10);
    assert.deepEqual(valueAt(second, 'ingress.1.from_port'), 1);
    const [dynamicFirst, dynamicSecond] = [byAddress(result, 'aws_security_group.dyn[0]'), byAddress(result, 'aws_security_group.dyn[1]')];
    assert.notEqual(dynamicFirst.positions, dynamicSecond.positions);
    // The static block comes after three dynamic ones in the first instance, after one in the second.
    assert.equal(valueAt(dynamicFirst, 'ingress.3.from_port'), 8080);
    assert.equal(positionOf(dynamicFirst, 'ingress.3.from_port').line, 22);
    assert.equal(valueAt(dynamicSecond, 'ingress.1.from_port'), 8080);
    assert.equal(positionOf(dynamicSecond, 'ingress.1.from_port').line, 22);
  });

  it('keeps a module\'s evaluation until its last file is scanned, then lets it go', () => {
    const files = { 'a.tf': 'resource "x" "one" {}\n', 'b.tf': 'resource "x" "two" {\n  ref = x.one.id\n}\n', 'sub/c.tf': 'resource "x" "three" {}\n' };
    const session = new Map<string, unknown>();
    const cached = (): string[] => [...(session.get('terraform') as { modules: Map<string, unknown> }).modules.keys()];
    assert.deepEqual(readTerraform(files, 'a.tf', { session }).resources.map((resource) => resource.address), ['x.one']);
    assert.deepEqual(cached(), ['']);
    readTerraform(files, 'sub/c.tf', { session });
    assert.deepEqual(cached(), ['']);
    const second = readTerraform(files, 'b.tf', { session });
    assert.deepEqual(second.resources.map((resource) => resource.address), ['x.two']);
    assert.deepEqual(second.graph!.resources.map((resource) => resource.address), ['x.one', 'x.two']);
    assert.deepEqual(cached(), []);
    // Read again (a file the listing missed), the module is evaluated afresh.
    assert.deepEqual(readTerraform(files, 'a.tf', { session }).resources.map((resource) => resource.address), ['x.one']);
  });

  it('evaluates a module with a dynamic block over an unknown collection in two more worlds: no block, then one', () => {
    const text = 'variable "enabled" {}\nresource "azurerm_key_vault" "v" {\n  name = "v"\n  dynamic "network_acls" {\n    for_each = var.enabled ? [1] : []\n    content {\n      default_action = "Allow"\n      bypass         = network_acls.value\n    }\n  }\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    assert.ok(isUnknown(valueAt(byAddress(result, 'azurerm_key_vault.v'), 'network_acls.0')));
    const [none, one] = result.worlds!;
    assert.equal(valueAt(none!.resources.get('azurerm_key_vault.v'), 'network_acls.0'), undefined);
    const withBlock = one!.resources.get('azurerm_key_vault.v')!;
    assert.equal(valueAt(withBlock, 'network_acls.0.default_action'), 'Allow');
    assert.ok(isUnknown(valueAt(withBlock, 'network_acls.0.bypass')));
    assert.equal(positionOf(withBlock, 'network_acls.0.default_action').line, 7);
    assert.equal(readTerraform({ 'main.tf': 'resource "x" "y" {\n  a = 1\n}\n' }, 'main.tf').worlds, undefined);
  });

  it('reports a failure that holds in both worlds, and stays silent when one world passes', () => {
    const bucket = (name: string, algorithm: string): string =>
      `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}"\n  dynamic "server_side_encryption_configuration" {\n    for_each = var.encrypt ? [1] : []\n    content {\n      rule {\n        apply_server_side_encryption_by_default {\n          sse_algorithm = "${algorithm}"\n        }\n      }\n    }\n  }\n}\n`;
    const text = `variable "encrypt" {}\n${bucket('plain', 'AES256')}${bucket('kms', 'aws:kms')}`;
    const files = { 'main.tf': text };
    const output = scanIacText({ path: 'main.tf', related: memoryTree(files), read: async () => ({ text, bytes: text.length }) }, text);
    const fired = output.drafts.map((draft) => `${draft.ruleId} ${draft.message.split(':')[0]}`).filter((line) => /s3-bucket-(unencrypted|not-encrypted-with-kms)/.test(line));
    // Without the block neither bucket is encrypted; with it, one uses S3 keys and one KMS: only "not with KMS" of the first holds either way.
    assert.deepEqual(fired, ['tf-aws-s3-bucket-not-encrypted-with-kms aws_s3_bucket.plain']);
  });

  it('reads checkov, trivy and rampart skip comments inside a block or right above it', () => {
    const text = '# checkov:skip=CKV_AWS_19:archive\n# trivy:ignore:AVD-AWS-0088\nresource "aws_s3_bucket" "a" {\n  # rampart-ignore: tf-aws-s3-bucket-unencrypted not ours\n}\n\n# checkov:skip=CKV_AWS_21\n\nresource "aws_s3_bucket" "b" {}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    assert.deepEqual(byAddress(result, 'aws_s3_bucket.a').skips, new Map([
      ['CKV_AWS_19', 'archive'],
      ['AVD-AWS-0088', 'trivy:ignore comment'],
      ['tf-aws-s3-bucket-unencrypted', 'not ours'],
    ]));
    // A blank line separates the comment from the block: it belongs to nothing.
    assert.equal(byAddress(result, 'aws_s3_bucket.b').skips, undefined);
  });

  it('names data sources data.<type>.<name> and resolves references to them', () => {
    const text = 'data "aws_iam_policy_document" "p" {\n  statement {\n    actions = ["s3:*"]\n  }\n}\nresource "aws_iam_policy" "q" {\n  policy = data.aws_iam_policy_document.p.json\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    const document = byAddress(result, 'data.aws_iam_policy_document.p');
    assert.equal(document.type, 'data.aws_iam_policy_document');
    assert.deepEqual(byAddress(result, 'aws_iam_policy.q').references, ['data.aws_iam_policy_document.p']);
  });

  it('models provider blocks as provider.<name> resources, aliased ones as provider.<name>.<alias>', () => {
    const text = 'variable "key" {}\nprovider "aws" {\n  region     = "us-east-1"\n  access_key = var.key\n}\nprovider "aws" {\n  alias  = "west"\n  region = "us-west-2"\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    const main = byAddress(result, 'provider.aws');
    assert.equal(main.type, 'provider.aws');
    assert.equal(main.name, 'default');
    assert.equal(main.startLine, 2);
    assert.equal(main.attributes['region'], 'us-east-1');
    assert.ok(isUnknown(main.attributes['access_key']));
    const west = byAddress(result, 'provider.aws.west');
    assert.equal(west.name, 'west');
    assert.equal(west.attributes['region'], 'us-west-2');
  });

  it('reports broken HCL as an error naming the file and line, and still yields the resources that parsed', () => {
    const files = {
      'main.tf': 'resource "x" "before" {\n  a = 1\n}\n\nresource "x" "broken" {\n  b = = 2\n}\n\nresource "x" "after" {\n  c = 3\n}\n',
      'other.tf': 'resource "x" "elsewhere" {}\n',
    };
    const result = readTerraform(files, 'main.tf');
    assert.equal(result.errors[0]!.path, 'main.tf');
    assert.equal(result.errors[0]!.line, 6);
    assert.equal(result.errors[0]!.code, 'RAMPART_E_PARSE');
    const addresses = result.resources.map((resource) => resource.address);
    assert.ok(addresses.includes('x.before') && addresses.includes('x.after'), addresses.join(','));
    assert.deepEqual(readTerraform(files, 'other.tf').errors, []);
  });

  it('evaluates a module once per directory within a session', () => {
    const files = { 'a.tf': 'resource "x" "one" {}\n', 'b.tf': 'resource "x" "two" {}\n' };
    const session = new Map<string, unknown>();
    const first = readTerraform(files, 'a.tf', { session });
    const second = readTerraform(files, 'b.tf', { session });
    assert.equal(first.graph, second.graph);
  });
});
