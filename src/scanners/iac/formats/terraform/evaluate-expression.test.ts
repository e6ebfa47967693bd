import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartlyKnownText, isUnknown, type IacValue } from '../../iac-value.ts';
import { readJsonText } from '../../checks/aws-iam-policy.ts';
import { valueAt } from '../../iac-resource.ts';
import { byAddress, readTerraform } from './terraform-test-files.ts';

/** Evaluates `value = <expression>` in a one-file module with the given extra declarations. */
function evaluateIn(expression: string, declarations = '', files: Record<string, string> = {}): IacValue | undefined {
  const main = `${declarations}\nresource "test" "t" {\n  value = ${expression}\n}\n`;
  const result = readTerraform({ ...files, 'main.tf': main }, 'main.tf');
  assert.deepEqual(result.errors, []);
  return valueAt(byAddress(result, 'test.t'), 'value');
}

function assertUnknown(value: IacValue | undefined, reason?: RegExp): void {
  assert.ok(isUnknown(value), `expected unknown, got ${JSON.stringify(value)}`);
  if (reason) assert.match(value.reason, reason);
}

describe('Terraform expressions', () => {
  it('evaluates operators, conditionals and comparisons', () => {
    assert.equal(evaluateIn('1 + 2 * 3'), 7);
    assert.equal(evaluateIn('(1 + 2) * 3'), 9);
    assert.equal(evaluateIn('10 % 4 == 2 && !false'), true);
    assert.equal(evaluateIn('var.env == "prod" ? 30 : 7', 'variable "env" { default = "prod" }'), 30);
    assert.equal(evaluateIn('-var.n', 'variable "n" { default = 3 }'), -3);
  });

  it('evaluates for expressions, splats, index and attribute access', () => {
    const declarations = 'locals {\n  rules = [{ port = 22, open = true }, { port = 443, open = false }]\n  tags = { a = "x", b = "y" }\n}';
    assert.deepEqual(evaluateIn('[for rule in local.rules : rule.port if rule.open]', declarations), [22]);
    assert.deepEqual(evaluateIn('{ for key, value in local.tags : upper(key) => value }', declarations), { A: 'x', B: 'y' });
    assert.deepEqual(evaluateIn('{ for rule in local.rules : rule.open => rule.port... }', declarations), { true: [22], false: [443] });
    assert.deepEqual(evaluateIn('local.rules[*].port', declarations), [22, 443]);
    assert.equal(evaluateIn('local.rules[1]["port"]', declarations), 443);
    assert.equal(evaluateIn('local.tags.b', declarations), 'y');
  });

  it('evaluates template directives', () => {
    assert.equal(evaluateIn('"%{ if var.on }yes%{ else }no%{ endif }"', 'variable "on" { default = false }'), 'no');
    assert.equal(evaluateIn('"%{ for item in ["a", "b"] }${item};%{ endfor }"'), 'a;b;');
  });

  it('evaluates the common functions', () => {
    assert.deepEqual(evaluateIn('merge({ a = 1 }, { b = 2 }, { a = 3 })'), { a: 3, b: 2 });
    assert.deepEqual(evaluateIn('concat(["a"], ["b", "c"])'), ['a', 'b', 'c']);
    assert.equal(evaluateIn('lookup({ a = 1 }, "b", 9)'), 9);
    assert.equal(evaluateIn('coalesce("", null, "x")'), 'x');
    assert.equal(evaluateIn('format("%s-%03d", "web", 7)'), 'web-007');
    assert.equal(evaluateIn('jsonencode({ Version = "2012-10-17", Statement = [] })'), '{"Version":"2012-10-17","Statement":[]}');
    assert.deepEqual(evaluateIn('jsondecode("{\\"a\\": [1]}")'), { a: [1] });
    assert.equal(evaluateIn('length(["a", "b"])'), 2);
    assert.equal(evaluateIn('contains(["a"], "a")'), true);
    assert.deepEqual(evaluateIn('toset(["a", "a", "b"])'), ['a', 'b']);
    assert.equal(evaluateIn('element(["a", "b"], 3)'), 'b');
    assert.deepEqual(evaluateIn('keys({ b = 1, a = 2 })'), ['a', 'b']);
    assert.equal(evaluateIn('join(",", split("-", "a-b"))'), 'a,b');
    assert.equal(evaluateIn('replace("a.b.c", ".", "/")'), 'a/b/c');
    assert.equal(evaluateIn('lower(upper("Ab"))'), 'ab');
    assert.equal(evaluateIn('cidrsubnet("10.0.0.0/16", 8, 2)'), '10.0.2.0/24');
    assert.equal(evaluateIn('cidrsubnet("172.16.0.0/12", 4, 15)'), '172.31.0.0/16');
  });

  it('tells errors from unknowns in try and can', () => {
    const declarations = 'variable "unset" {}\nlocals {\n  m = { a = 1 }\n}';
    assert.equal(evaluateIn('try(local.m.b, "fallback")', declarations), 'fallback');
    assert.equal(evaluateIn('can(local.m.b)', declarations), false);
    // A value unknown before apply is not an error: try keeps it unknown rather than guessing.
    assertUnknown(evaluateIn('try(var.unset, false)', declarations), /var\.unset/);
  });

  it('keeps the known parts of text built around unknowns, for readers of JSON', () => {
    const declarations = 'variable "unset" {}\nlocals {\n  m = { a = 1 }\n}';
    const template = evaluateIn('"arn:aws:s3:::${var.unset}/*"', declarations);
    assert.ok(template instanceof PartlyKnownText);
    assert.match(template.reason, /var\.unset has no default/);
    assert.equal(template.parts.length, 3);
    assert.deepEqual([template.parts[0], template.parts[2]], ['arn:aws:s3:::', '/*']);
    // An invalid part is still the template's value, so try() falls back.
    assert.equal(evaluateIn('try("${local.m.b}-x", "fallback")', declarations), 'fallback');
    const encoded = evaluateIn('jsonencode({ Effect = "Allow", Principal = "*", Resource = [var.unset, "x"] })', declarations);
    assert.ok(encoded instanceof PartlyKnownText);
    const read = readJsonText(encoded) as Record<string, IacValue>;
    assert.equal(read['Principal'], '*');
    assert.ok(isUnknown((read['Resource'] as IacValue[])[0]));
    assert.equal((read['Resource'] as IacValue[])[1], 'x');
    assert.equal(evaluateIn('try(jsonencode({ a = local.m.b }), "fallback")', declarations), 'fallback');
  });

  it('reads JSON around unknown parts only where the unknowns stay inside strings', () => {
    const declarations = 'variable "unset" {}';
    const heredoc = evaluateIn('<<EOT\n{"Statement": [{"Effect": "Allow", "Resource": "${var.unset}"}]}\nEOT', declarations);
    assert.ok(heredoc instanceof PartlyKnownText);
    const statement = ((readJsonText(heredoc) as Record<string, IacValue>)['Statement'] as Record<string, IacValue>[])[0]!;
    assert.equal(statement['Effect'], 'Allow');
    assert.ok(isUnknown(statement['Resource']));
    for (const unreadable of ['<<EOT\n{"${var.unset}": 1}\nEOT', '<<EOT\n{"Action": ${var.unset}}\nEOT']) {
      const value = evaluateIn(unreadable, declarations);
      assert.ok(value instanceof PartlyKnownText);
      assert.equal(readJsonText(value), undefined, unreadable);
    }
  });

  it('propagates unknown through every operation', () => {
    const declarations = 'variable "unset" {}';
    for (const expression of ['var.unset + 1', 'var.unset ? 1 : 2', '"${var.unset}-x"', 'upper(var.unset)', '[for x in var.unset : x]', 'var.unset[0].a', 'merge(var.unset, {})', 'jsonencode({ a = var.unset })', '!var.unset']) {
      assertUnknown(evaluateIn(expression, declarations), /var\.unset has no default/);
    }
    assertUnknown(evaluateIn('templatefile("x.tpl", {})'));
    assertUnknown(evaluateIn('some_provider_function("x")'), /not evaluated/);
  });

  it('reads file() relative to the module through the scan tree, unknown when missing', () => {
    const files = { 'policy.json': '{"Statement": []}' };
    assert.equal(evaluateIn('file("${path.module}/policy.json")', '', files), '{"Statement": []}');
    assert.equal(evaluateIn('file("./policy.json")', '', files), '{"Statement": []}');
    assertUnknown(evaluateIn('file("missing.json")', '', files), /not in the scanned tree/);
  });
});

describe('count, for_each and dynamic blocks', () => {
  it('expands count with count.index into indexed instances', () => {
    const text = 'resource "aws_instance" "web" {\n  count = 2\n  name  = "web-${count.index}"\n}\nresource "x" "ref" {\n  first = aws_instance.web[0].name\n  all   = aws_instance.web[*].name\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    assert.deepEqual(result.resources.map((resource) => resource.address), ['aws_instance.web[0]', 'aws_instance.web[1]', 'x.ref']);
    assert.equal(valueAt(byAddress(result, 'aws_instance.web[1]'), 'name'), 'web-1');
    assert.equal(valueAt(byAddress(result, 'x.ref'), 'first'), 'web-0');
    assert.deepEqual(valueAt(byAddress(result, 'x.ref'), 'all'), ['web-0', 'web-1']);
  });

  it('expands for_each over maps and sets with each.key and each.value', () => {
    const text = 'resource "aws_s3_bucket" "b" {\n  for_each = { logs = "private", site = "public-read" }\n  bucket   = each.key\n  acl      = each.value\n}\nresource "aws_s3_bucket" "s" {\n  for_each = toset(["a"])\n  bucket   = "${each.value}-${each.key}"\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    assert.deepEqual(result.resources.map((resource) => resource.address), ['aws_s3_bucket.b["logs"]', 'aws_s3_bucket.b["site"]', 'aws_s3_bucket.s["a"]']);
    assert.equal(valueAt(byAddress(result, 'aws_s3_bucket.b["site"]'), 'acl'), 'public-read');
    assert.equal(valueAt(byAddress(result, 'aws_s3_bucket.s["a"]'), 'bucket'), 'a-a');
  });

  it('keeps one instance with unknown count.index or each when the collection is unknown; count 0 gives none', () => {
    const text = 'variable "n" {}\nresource "a" "counted" {\n  count = var.n\n  name  = "x-${count.index}"\n}\nresource "a" "none" {\n  count = 0\n}\n';
    const result = readTerraform({ 'main.tf': text }, 'main.tf');
    assert.deepEqual(result.resources.map((resource) => resource.address), ['a.counted']);
    assertUnknown(valueAt(byAddress(result, 'a.counted'), 'name'));
  });

  it('expands dynamic blocks into the block list, with iterator names and positions', () => {
    const text = 'locals {\n  ports = [22, 443]\n}\nresource "aws_security_group" "g" {\n  dynamic "ingress" {\n    for_each = local.ports\n    iterator = port\n    content {\n      from_port = port.value\n      to_port   = port.value\n    }\n  }\n  ingress {\n    from_port = 80\n  }\n}\n';
    const group = byAddress(readTerraform({ 'main.tf': text }, 'main.tf'), 'aws_security_group.g');
    assert.deepEqual(valueAt(group, 'ingress'), [{ from_port: 22, to_port: 22 }, { from_port: 443, to_port: 443 }, { from_port: 80 }]);
    assert.equal(group.positions.get('ingress.1.from_port')?.line, 9);
    assert.equal(group.positions.get('ingress.2.from_port')?.line, 14);
  });

  it('gives an unknown block entry for a dynamic block over an unknown collection', () => {
    const text = 'variable "rules" {}\nresource "aws_security_group" "g" {\n  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      from_port = ingress.value.port\n    }\n  }\n}\n';
    const group = byAddress(readTerraform({ 'main.tf': text }, 'main.tf'), 'aws_security_group.g');
    const ingress = valueAt(group, 'ingress') as IacValue[];
    assert.equal(ingress.length, 1);
    assertUnknown(ingress[0], /var\.rules/);
  });
});
