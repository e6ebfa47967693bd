import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { parseHclTree } from './parse-hcl.ts';
import { copySyntaxTree, lineStartsOf, positionAt, type SyntaxNode } from './syntax-node.ts';

interface Plain {
  type: string;
  isNamed: boolean;
  startIndex: number;
  endIndex: number;
  children: Plain[];
}

function fromWasm(node: Node): Plain {
  return { type: node.type, isNamed: node.isNamed, startIndex: node.startIndex, endIndex: node.endIndex, children: node.children.map((child) => fromWasm(child!)) };
}

function fromCopy(node: SyntaxNode): Plain {
  return { type: node.type, isNamed: node.isNamed, startIndex: node.startIndex, endIndex: node.endIndex, children: node.children.map(fromCopy) };
}

/** Every node of `tree` as type@start-end, in document order. */
function spans(tree: Plain, into: Set<string> = new Set()): Set<string> {
  into.add(`${tree.type}@${tree.startIndex}-${tree.endIndex}`);
  for (const child of tree.children) spans(child, into);
  return into;
}

const SAMPLE = `# leading comment
resource "aws_s3_bucket" "b" {
  bucket = "logs-\${var.env}-\${count.index}" // trailing
  count  = var.enabled ? 2 : 0
  tags   = merge(local.tags, { Name = "x", "k" = -1 })
  acl    = !var.public && length(var.ids) > 0 ? "private" : null
  policy = <<-EOT
    {"a": "%{ if var.x }yes%{ else }no%{ endif }"}
  EOT
  ids    = [for s in var.subnets : s.id if s.public]
  first  = aws_subnet.a[*].id[0]
  /* block
     comment */
  dynamic "rule" {
    for_each = { for k, v in var.rules : k => v... }
    content { port = rule.value.port }
  }
}
`;

test('a full copy (nothing pruned) has exactly the nodes, types and spans tree-sitter has', () => {
  const { tree } = parseHclTree(SAMPLE);
  try {
    assert.deepEqual(fromCopy(copySyntaxTree(tree, SAMPLE, {})), fromWasm(tree.rootNode));
  } finally {
    tree.delete();
  }
});

test('the reader copy keeps operators, drops punctuation, and every node it keeps has tree-sitter spans', () => {
  const { tree, shape } = parseHclTree(SAMPLE);
  try {
    const full = spans(fromWasm(tree.rootNode));
    const comments: string[] = [];
    const copy = fromCopy(copySyntaxTree(tree, SAMPLE, shape, (comment) => comments.push(comment.text)));
    const kept = spans(copy);
    for (const span of kept) assert.ok(full.has(span), `${span} is not a node tree-sitter has`);
    const keptTypes = [...kept].map((span) => span.split('@')[0]);
    for (const operator of ['&&', '>', '!', '-']) assert.ok(keptTypes.includes(operator), `operator ${operator} kept`);
    for (const punctuation of ['=', ',', '(', ')', '?']) assert.ok(!keptTypes.includes(punctuation), `token ${punctuation} dropped`);
    assert.deepEqual(comments, ['# leading comment', '// trailing', '/* block\n     comment */']);
  } finally {
    tree.delete();
  }
});

test('a tree with syntax errors is copied whole, missing and error nodes included', () => {
  const broken = 'resource "a" "b" {\n  x = [1, 2\n  y = "ok"\n}\nresource "c" "d" { z = 1 }\n';
  const { tree, shape } = parseHclTree(broken);
  try {
    assert.equal(tree.rootNode.hasError, true);
    assert.deepEqual(fromCopy(copySyntaxTree(tree, broken, shape)), fromWasm(tree.rootNode));
  } finally {
    tree.delete();
  }
});

test('positions computed from offsets match what tree-sitter reports, past multi-byte text', () => {
  const text = 'locals {\n  a = "é😀"\n  b = 1\n}\n';
  const { tree } = parseHclTree(text);
  try {
    const starts = lineStartsOf(text);
    const check = (node: Node): void => {
      assert.deepEqual(positionAt(starts, node.startIndex), node.startPosition);
      for (const child of node.children) check(child!);
    };
    check(tree.rootNode);
  } finally {
    tree.delete();
  }
});

test('hostile nesting is copied without recursion', () => {
  const deep = `locals {\n  x = ${'['.repeat(5000)}${']'.repeat(5000)}\n}\n`;
  const { tree, shape } = parseHclTree(deep);
  try {
    let depth = 0;
    for (let node: SyntaxNode | undefined = copySyntaxTree(tree, deep, shape); node; node = node.children.find((child) => child.children.length > 0)) depth++;
    assert.ok(depth > 5000, `copied ${depth} levels`);
  } finally {
    tree.delete();
  }
});
