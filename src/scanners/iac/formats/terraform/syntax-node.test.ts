import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { parseHclTree } from './parse-hcl.ts';
import { copySyntaxTree, lineStartsOf, positionAt, type SyntaxNode } from './syntax-node.ts';
import { cursorExports } from './tree-sitter-runtime.ts';

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

/** Every node as depth:type@start-end, in document order, without recursion (for deep trees). */
function flatten(root: SyntaxNode): string[] {
  const lines: string[] = [];
  const pending: [SyntaxNode, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    lines.push(`${depth}:${node.type}${node.isNamed ? '' : '(token)'}@${node.startIndex}-${node.endIndex}`);
    for (let index = node.children.length - 1; index >= 0; index--) pending.push([node.children[index]!, depth + 1]);
  }
  return lines;
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
    for (const marker of ['block_start', 'block_end', 'object_start', 'template_interpolation_end']) assert.ok(!keptTypes.includes(marker), `named token ${marker} dropped`);
    assert.ok(keptTypes.includes('quoted_template_start'), 'quote markers the converter reads are kept');
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

test('the cursor functions are called directly with this web-tree-sitter, and give the copy the wrapper gives', () => {
  // If an upgrade renames them, the copy still works through TreeCursor, only slower: this says so.
  assert.ok(cursorExports, 'web-tree-sitter cursor functions not found on the runtime module');
  const deep = `locals {\n  x = ${'['.repeat(3000)}${']'.repeat(3000)}\n}\n`;
  const broken = 'resource "a" "b" {\n  x = [1, 2\n  y = "ok"\n}\n';
  for (const text of [SAMPLE, broken, deep]) {
    for (const isFull of [true, false]) {
      const { tree, shape } = parseHclTree(text);
      try {
        const copyShape = isFull ? {} : shape;
        const direct = flatten(copySyntaxTree(tree, text, copyShape, undefined, tree.rootNode.hasError, 'direct'));
        const wrapped = flatten(copySyntaxTree(tree, text, copyShape, undefined, tree.rootNode.hasError, 'wrapper'));
        assert.ok(direct.length > 5);
        assert.deepEqual(direct, wrapped);
      } finally {
        tree.delete();
      }
    }
  }
});

test('cursors whose stack grew during a direct walk are freed once: the runtime keeps working', () => {
  // A 3,000-deep walk reallocates the cursor's stack; freeing the wrapper's stale copy would corrupt the WASM heap.
  const deep = `locals {\n  x = ${'['.repeat(3000)}${']'.repeat(3000)}\n}\n`;
  for (let round = 0; round < 20; round++) {
    const { tree, shape } = parseHclTree(round % 2 === 0 ? deep : SAMPLE);
    try {
      copySyntaxTree(tree, round % 2 === 0 ? deep : SAMPLE, shape);
    } finally {
      tree.delete();
    }
  }
  const { tree } = parseHclTree(SAMPLE);
  try {
    assert.deepEqual(fromCopy(copySyntaxTree(tree, SAMPLE, {})), fromWasm(tree.rootNode));
  } finally {
    tree.delete();
  }
});
