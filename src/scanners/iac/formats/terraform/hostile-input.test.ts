import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown, type IacValue } from '../../iac-value.ts';
import { valueAt } from '../../iac-resource.ts';
import { MAX_BLOCKS_PER_RESOURCE } from './evaluate-body.ts';
import { byAddress, readTerraform } from './terraform-test-files.ts';

function nestedDynamic(depth: number, width: number): string {
  let inner = 'v = 1';
  for (let level = depth - 1; level >= 0; level--) inner = `dynamic "l${level}" {\n  for_each = range(${width})\n  content {\n    v = 1\n    ${inner}\n  }\n}`;
  return inner;
}

function countBlocks(value: IacValue | undefined): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, element) => sum + countBlocks(element), 0);
  if (value && typeof value === 'object' && !isUnknown(value)) return 1 + Object.values(value).reduce<number>((sum, element) => sum + (Array.isArray(element) ? countBlocks(element) : 0), 0);
  return 0;
}

describe('Terraform hostile input', () => {
  it('caps count = 1000000000 at 1,000 instances with a notice', () => {
    const result = readTerraform({ 'main.tf': 'resource "aws_ebs_volume" "v" {\n  count     = 1000000000\n  encrypted = false\n}\n' }, 'main.tf');
    assert.equal(result.resources.length, 1000);
    assert.deepEqual(result.notices.map((notice) => notice.code), ['RAMPART_N_IAC_EXPANSION_CAPPED']);
  });

  it('reads count = 1e9 (an exponent the grammar alone does not read) and caps it like any count, naming the resource', () => {
    const result = readTerraform({ 'main.tf': 'resource "a" "b" {\n  count = 1e9\n}\nresource "a" "c" {}\n' }, 'main.tf');
    assert.deepEqual(result.errors, []);
    assert.equal(result.resources.filter((resource) => resource.address.startsWith('a.b[')).length, 1000);
    assert.ok(result.resources.some((resource) => resource.address === 'a.c'));
    assert.deepEqual(result.notices.map((notice) => notice.message), ['a.b expands to 1000000000 instances; only the first 1000 were checked']);
  });

  it('caps for_each over a huge generated map', () => {
    const text = 'locals {\n  m = { for i in range(100000) : "k${i}" => i }\n}\nresource "x" "y" {\n  for_each = local.m\n  v        = each.value\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    assert.equal(result.resources.length, 1000);
    assert.match(result.notices[0]!.message, /expands to 100000 instances/);
  });

  it('bounds nested dynamic blocks that multiply (2^20 leaves) to a fixed number of blocks, the rest unknown', () => {
    const result = readTerraform({ 'main.tf': `resource "x" "y" {\n${nestedDynamic(20, 2)}\n}\n` }, 'main.tf');
    const resource = byAddress(result, 'x.y');
    assert.ok(countBlocks(valueAt(resource, 'l0')) <= MAX_BLOCKS_PER_RESOURCE);
    assert.ok(result.notices.some((notice) => notice.code === 'RAMPART_N_IAC_EXPANSION_CAPPED'));
  });

  it('reports blocks and expressions nested thousands deep as an error, without overflowing the stack', () => {
    let deep = '';
    for (let level = 0; level < 3000; level++) deep += 'dynamic "d" {\n for_each = [1]\n content {\n';
    deep += 'z = 1\n' + '}\n}\n'.repeat(3000);
    const blocks = readTerraform({ 'main.tf': `resource "x" "y" {\n${deep}}\nresource "x" "after" {}\n` }, 'main.tf');
    assert.match(blocks.errors[0]!.message, /nested more than 64 levels/);
    assert.ok(blocks.resources.some((resource) => resource.address === 'x.after'));
    const list = readTerraform({ 'main.tf': `resource "x" "y" {\n  v = ${'['.repeat(20000)}${']'.repeat(20000)}\n}\n` }, 'main.tf');
    assert.match(list.errors[0]!.message, /nested more than 64 levels/);
    assert.ok(isUnknown(valueAt(byAddress(list, 'x.y'), 'v')) || Array.isArray(valueAt(byAddress(list, 'x.y'), 'v')));
  });

  it('keeps every other block and file when a block in the middle of a large file is broken', () => {
    let text = '';
    for (let index = 0; index < 2000; index++) text += `resource "aws_s3_bucket" "b${index}" {\n  bucket = "bucket-${index}"\n}\n`;
    const broken = text.replace('bucket = "bucket-1000"', 'bucket = = "bucket-1000"');
    const result = readTerraform({ 'main.tf': broken, 'other.tf': 'resource "x" "z" {}\n' }, 'main.tf');
    assert.deepEqual(result.errors.map((error) => error.line), [3002]);
    assert.equal(result.resources.length, 2000);
    assert.equal(valueAt(byAddress(result, 'aws_s3_bucket.b1999'), 'bucket'), 'bucket-1999');
    assert.ok(result.graph!.resources.some((resource) => resource.address === 'x.z'));
  });

  it('refuses jsondecode of JSON nested past what rules walk', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const result = readTerraform({ 'main.tf': `resource "x" "y" {\n  v = jsondecode("${deep}")\n}\n` }, 'main.tf');
    assert.ok(isUnknown(valueAt(byAddress(result, 'x.y'), 'v')));
  });
});
