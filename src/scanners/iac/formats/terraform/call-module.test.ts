import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../../iac-value.ts';
import { valueAt } from '../../iac-resource.ts';
import { byAddress, readTerraform } from './terraform-test-files.ts';

const bucketModule = {
  'modules/bucket/main.tf': 'variable "name" {}\nvariable "encrypted" {\n  default = false\n}\n\nresource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n\noutput "arn" {\n  value = aws_s3_bucket.this.arn\n}\n\noutput "name" {\n  value = aws_s3_bucket.this.bucket\n}\n',
};

describe('local module calls', () => {
  it('evaluates a local module with the call\'s arguments and reports its resources once, from the caller', () => {
    const files = {
      ...bucketModule,
      'main.tf': 'module "logs" {\n  source = "./modules/bucket"\n  name   = "acme-logs"\n}\n\nresource "aws_s3_bucket_policy" "logs" {\n  bucket = module.logs.name\n  arn    = module.logs.arn\n}\n',
    };
    const caller = readTerraform(files, 'main.tf');
    assert.deepEqual(caller.errors, []);
    assert.deepEqual(caller.resources.map((resource) => resource.address).sort(), ['aws_s3_bucket_policy.logs', 'module.logs.aws_s3_bucket.this']);
    const bucket = byAddress(caller, 'module.logs.aws_s3_bucket.this');
    assert.equal(bucket.path, 'modules/bucket/main.tf');
    assert.equal(bucket.startLine, 6);
    assert.equal(valueAt(bucket, 'bucket'), 'acme-logs');
    const policy = byAddress(caller, 'aws_s3_bucket_policy.logs');
    assert.equal(valueAt(policy, 'bucket'), 'acme-logs');
    const arn = valueAt(policy, 'arn');
    assert.ok(isUnknown(arn));
    assert.deepEqual(arn.refersTo, ['module.logs.aws_s3_bucket.this']);
    assert.deepEqual([...policy.references].sort(), ['module.logs', 'module.logs.aws_s3_bucket.this']);
    // The module's own file is covered by its caller: nothing is reported twice.
    assert.deepEqual(readTerraform(files, 'modules/bucket/main.tf').resources, []);
  });

  it('evaluates a module directory nobody calls on its own, with its defaults', () => {
    const result = readTerraform(bucketModule, 'modules/bucket/main.tf');
    const bucket = byAddress(result, 'aws_s3_bucket.this');
    assert.ok(isUnknown(valueAt(bucket, 'bucket')));
  });

  it('expands count and for_each on module calls into keyed instances', () => {
    const files = {
      ...bucketModule,
      'main.tf': 'module "many" {\n  source   = "./modules/bucket"\n  for_each = toset(["a", "b"])\n  name     = "acme-${each.key}"\n}\n\nmodule "counted" {\n  source = "./modules/bucket"\n  count  = 1\n  name   = "counted-${count.index}"\n}\n',
    };
    const result = readTerraform(files, 'main.tf');
    assert.deepEqual(result.resources.map((resource) => resource.address).sort(), ['module.counted[0].aws_s3_bucket.this', 'module.many["a"].aws_s3_bucket.this', 'module.many["b"].aws_s3_bucket.this']);
    assert.equal(valueAt(byAddress(result, 'module.many["b"].aws_s3_bucket.this'), 'bucket'), 'acme-b');
    assert.equal(valueAt(byAddress(result, 'module.counted[0].aws_s3_bucket.this'), 'bucket'), 'counted-0');
  });

  it('never fetches a remote module: one notice naming the source, outputs unknown', () => {
    const files = { 'main.tf': 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n}\n\nresource "x" "y" {\n  vpc = module.vpc.vpc_id\n}\n' };
    const result = readTerraform(files, 'main.tf');
    assert.deepEqual(result.notices.map((notice) => notice.code), ['RAMPART_N_MODULE_UNRESOLVED']);
    assert.match(result.notices[0]!.message, /terraform-aws-modules\/vpc\/aws/);
    const vpc = valueAt(byAddress(result, 'x.y'), 'vpc');
    assert.ok(isUnknown(vpc));
    assert.deepEqual(vpc.refersTo, ['module.vpc']);
  });

  it('stops at a module cycle with a notice, and still reports every resource once', () => {
    const files = {
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\nresource "x" "in_a" {}\n',
      'b/main.tf': 'module "a" {\n  source = "../a"\n}\nresource "x" "in_b" {}\n',
    };
    const fromA = readTerraform(files, 'a/main.tf');
    const fromB = readTerraform(files, 'b/main.tf');
    const addresses = [...fromA.resources, ...fromB.resources].map((resource) => resource.address).sort();
    assert.deepEqual(addresses, ['module.a.x.in_a', 'module.b.x.in_b', 'x.in_a', 'x.in_b']);
    assert.ok(fromA.notices.some((notice) => notice.code === 'RAMPART_N_MODULE_UNRESOLVED' && /cycle/.test(notice.message)));
  });

  it('stops following local modules nested more than 10 deep', () => {
    const files: Record<string, string> = {};
    let path = 'root';
    for (let depth = 0; depth < 14; depth++) {
      files[`${path}/main.tf`] = `module "next" {\n  source = "./next"\n}\nresource "x" "level${depth}" {}\n`;
      path += '/next';
    }
    const result = readTerraform(files, 'root/main.tf');
    assert.ok(result.notices.some((notice) => /nested more than 10 deep/.test(notice.message)));
    assert.equal(result.resources.length, 11);
  });

  it('names a missing local module directory in a notice', () => {
    const result = readTerraform({ 'main.tf': 'module "gone" {\n  source = "./nowhere"\n}\n' }, 'main.tf');
    assert.match(result.notices[0]!.message, /no \.tf files were found in nowhere/);
  });
});
