import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import { MAX_NESTING, atOf, convertExpression, type ParsedText } from './convert-expression.ts';
import { replaceExponentNumbers } from './exponent-numbers.ts';
import type { HclBlock, HclBody } from './hcl-syntax.ts';
import { copySyntaxTree, lineStartsOf, positionAt, type CopyShape, type SyntaxNode } from './syntax-node.ts';

/**
 * Loading the WASM runtime and grammar is asynchronous while scanners are synchronous, so it
 * happens once when this module is first imported (the iac scanner factory imports it lazily,
 * in the main thread and in each worker).
 */
const require = createRequire(import.meta.url);
// Parser.init has run: syntax-node.ts imports tree-sitter-runtime.ts, which calls it.
const terraformLanguage = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
const parser = new Parser();
parser.setLanguage(terraformLanguage);
/** What the converter reads of a tree: see `copySyntaxTree`. Operators are the only tokens it needs. */
const copyShape: CopyShape = {
  parentTypes: typesWithNamedChildren(),
  tokenParents: new Set(['binary_operation', 'unary_operation']),
  // A literal is a number, a keyword or quotes around text (interpolated strings are
  // `quoted_template`), a variable one identifier, an attribute step a dot and an identifier:
  // the converter reads them from their text, so their children, a third of all nodes, are not
  // copied. In a tree with errors they are, and it reads those.
  leafTypes: new Set(['literal_value', 'string_lit', 'variable_expr', 'get_attr']),
  // Braces and the markers of interpolations and directives: the converter finds what it needs by
  // type and never reads these, one node in eight.
  skippedTypes: new Set([
    'block_start', 'block_end', 'object_start', 'object_end', 'tuple_start', 'tuple_end',
    'template_interpolation_start', 'template_interpolation_end', 'template_directive_start', 'template_directive_end', 'strip_marker',
  ]),
};

/**
 * Node types the grammar gives named children, from the grammar's own `node-types.json`; the
 * others are copied as leaves. Without the file (a repackaged grammar), every node is descended.
 */
function typesWithNamedChildren(): Set<string> | undefined {
  try {
    const nodeTypes = JSON.parse(readFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/src/node-types.json'), 'utf8')) as { type: string; named: boolean; children?: unknown; fields?: Record<string, unknown> }[];
    return new Set(nodeTypes.filter((entry) => entry.named && (entry.children !== undefined || Object.keys(entry.fields ?? {}).length > 0)).map((entry) => entry.type));
  } catch {
    return undefined;
  }
}

/** Syntax errors listed per parsed text; a file that is garbage from top to bottom needs no more. */
const MAX_ERRORS_PER_CHUNK = 20;

export interface HclComment {
  line: number;
  text: string;
}

export interface HclSyntaxError {
  line: number;
  message: string;
}

export interface ParsedHcl {
  body: HclBody;
  comments: HclComment[];
  errors: HclSyntaxError[];
}

/**
 * Larger texts are parsed in pieces of about this many characters, cut where a top-level block
 * starts: tree-sitter's WASM memory grows with the largest text it has parsed and never shrinks,
 * so one 5 MB file would otherwise keep hundreds of megabytes for the rest of the scan.
 */
export const MAX_PARSE_CHARS = 256 * 1024;

/**
 * Parses HCL text; syntax errors are listed and everything else is kept. Tree-sitter's recovery
 * can swallow the blocks after an error into the broken one, so a piece with errors is parsed
 * again one top-level block at a time: a mistake then costs only the block it is in.
 */
export function parseHcl(text: string): ParsedHcl {
  const numbers = replaceExponentNumbers(text);
  if (numbers.text.length <= MAX_PARSE_CHARS) {
    // Most files: one parse of the whole text, cut into blocks only when it has errors.
    const whole = parseChunk({ text: numbers.text, lineStarts: lineStartsOf(numbers.text), rowOffset: 0, depth: 0, numbers: numbers.values });
    if (whole.errors.length === 0) return whole;
  }
  const blocks = topLevelChunks(numbers.text);
  const merged: ParsedHcl = { body: { attributes: [], blocks: [] }, comments: [], errors: [] };
  for (const group of groupChunks(blocks, MAX_PARSE_CHARS)) {
    const parsed = parseChunk({ ...joinChunks(group), depth: 0, numbers: numbers.values });
    if (parsed.errors.length === 0 || group.length === 1) {
      addParsed(merged, parsed);
      continue;
    }
    for (const block of group) addParsed(merged, parseChunk({ ...joinChunks([block]), depth: 0, numbers: numbers.values }));
  }
  return merged;
}

function addParsed(into: ParsedHcl, parsed: ParsedHcl): void {
  // Loops, not push(...list): a piece of comment lines holds more comments than a call can take arguments.
  for (const attribute of parsed.body.attributes) into.body.attributes.push(attribute);
  for (const block of parsed.body.blocks) into.body.blocks.push(block);
  for (const comment of parsed.comments) into.comments.push(comment);
  for (const error of parsed.errors) into.errors.push(error);
}

// A line starting a top-level block at column 0: `resource "a" "b" {`, `locals {`, `terraform {`.
const TOP_LEVEL_START = /^(?:resource|data|variable|locals|output|module|provider|terraform|moved|import|removed|check)\b/;
// A line that opens a heredoc (`<<EOF` or `<<-EOF` ending the line), its terminator captured.
const HEREDOC_OPENER = /<<-?([A-Za-z_][\w-]*)\s*$/;

interface TextChunk {
  lines: string[];
  rowOffset: number;
  chars: number;
}

/** The text cut before every line that starts a top-level block, heredoc bodies left whole. */
function topLevelChunks(text: string): TextChunk[] {
  const lines = text.split('\n');
  const chunks: TextChunk[] = [];
  let start = 0;
  let chars = 0;
  let heredoc: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
    } else if (index > start && TOP_LEVEL_START.test(line)) {
      chunks.push({ lines: lines.slice(start, index), rowOffset: start, chars });
      start = index;
      chars = 0;
    }
    if (heredoc === undefined) heredoc = HEREDOC_OPENER.exec(line)?.[1];
    chars += line.length + 1;
  }
  chunks.push({ lines: lines.slice(start), rowOffset: start, chars });
  return chunks;
}

/** Consecutive chunks gathered up to `limit` characters (a single larger chunk stays alone). */
function groupChunks(chunks: readonly TextChunk[], limit: number): TextChunk[][] {
  const groups: TextChunk[][] = [];
  let current: TextChunk[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (current.length > 0 && size + chunk.chars > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(chunk);
    size += chunk.chars;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function joinChunks(group: readonly TextChunk[]): { text: string; lineStarts: number[]; rowOffset: number } {
  const text = group.flatMap((chunk) => chunk.lines).join('\n');
  return { text, lineStarts: lineStartsOf(text), rowOffset: group[0]!.rowOffset };
}

function parseChunk(source: ParsedText): ParsedHcl {
  const tree = parser.parse(source.text);
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ line: source.rowOffset + 1, message: 'the parser gave up on this file' }] };
  try {
    const comments: HclComment[] = [];
    const rootNode = tree.rootNode;
    const hasError = rootNode.hasError;
    const root = copySyntaxTree(tree, source.text, copyShape, (comment) => comments.push({ line: atOf(comment, source).line, text: comment.text }), hasError);
    const errors: HclSyntaxError[] = [];
    // Rare, so read from tree-sitter's own nodes: only they know which nodes the parser invented.
    if (hasError) collectErrors(rootNode, source.rowOffset, errors);
    const bodyNode = root.children.find((child) => child.type === 'body');
    const body = bodyNode ? convertBody(bodyNode, source) : { attributes: [], blocks: [] };
    if (source.tooDeepAt !== undefined) errors.push({ line: source.tooDeepAt, message: `blocks or expressions nested more than ${MAX_NESTING} levels deep; the deeper part is not evaluated` });
    return { body, comments, errors };
  } finally {
    tree.delete();
  }
}

/** Only the tree-sitter parse, for benchmarks comparing evaluation cost against parsing. */
export function parseHclOnly(text: string): void {
  parser.parse(text)?.delete();
}

/** The tree-sitter tree itself, and the shape the reader copies of it, for tests of the copy; the caller deletes the tree. */
export function parseHclTree(text: string): { tree: Tree; shape: CopyShape } {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter gave up on the text');
  return { tree, shape: copyShape };
}

function convertBody(node: SyntaxNode, source: ParsedText): HclBody {
  const body: HclBody = { attributes: [], blocks: [] };
  if (source.depth >= MAX_NESTING) {
    source.tooDeepAt ??= atOf(node, source).line;
    return body;
  }
  source.depth++;
  try {
    fillBody(node, source, body);
  } finally {
    source.depth--;
  }
  return body;
}

function fillBody(node: SyntaxNode, source: ParsedText, body: HclBody): void {
  const children = node.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'attribute') {
      const parts = child.children;
      const name = parts.find((part) => part.type === 'identifier');
      const value = parts.find((part) => part.type === 'expression');
      if (!name || !value) continue;
      const { line, column } = atOf(child, source);
      body.attributes.push({ name: name.text, expression: convertExpression(value, source), line, column });
    } else if (child.type === 'block') {
      const block = convertBlock(child, source);
      if (block) body.blocks.push(block);
    }
  }
}

function convertBlock(node: SyntaxNode, source: ParsedText): HclBlock | undefined {
  const named = node.namedChildren;
  const typeNode = named[0];
  if (!typeNode || typeNode.type !== 'identifier') return undefined;
  const labels: string[] = [];
  let body: HclBody = { attributes: [], blocks: [] };
  for (let index = 1; index < named.length; index++) {
    const child = named[index]!;
    // Labels may be quoted or, as HCL allows, bare identifiers (`resource aws_s3_bucket "b"`).
    if (child.type === 'identifier') labels.push(child.text);
    else if (child.type === 'string_lit') labels.push(stringLiteralText(child));
    else if (child.type === 'body') body = convertBody(child, source);
  }
  const endLine = positionAt(source.lineStarts, node.endIndex).row + 1 + source.rowOffset;
  const { line, column } = atOf(node, source);
  return { type: typeNode.text, labels, body, line, column, endLine };
}

/** A label's text between its quotes, as written (tree-sitter's `template_literal` leaves out trailing blanks). */
function stringLiteralText(node: SyntaxNode): string {
  if (node.children.length === 0) return node.text.slice(1, -1);
  const opening = node.children.find((child) => child.type === 'quoted_template_start');
  const closing = node.children.find((child) => child.type === 'quoted_template_end');
  if (opening && closing) return node.text.slice(opening.endIndex - node.startIndex, closing.startIndex - node.startIndex);
  return node.children.filter((child) => child.type === 'template_literal').map((child) => child.text).join('');
}

/** Error and missing nodes, descending only into subtrees that contain one. */
function collectErrors(node: Node, rowOffset: number, errors: HclSyntaxError[]): void {
  const pending: Node[] = [node];
  while (pending.length > 0 && errors.length < MAX_ERRORS_PER_CHUNK) {
    const current = pending.pop()!;
    if (current.isMissing) errors.push({ line: current.startPosition.row + 1 + rowOffset, message: `missing ${JSON.stringify(current.type)}` });
    else if (current.isError) errors.push({ line: current.startPosition.row + 1 + rowOffset, message: `unexpected ${describe(current.text)}` });
    else if (current.hasError) {
      const children = current.children;
      for (let index = children.length - 1; index >= 0; index--) if (children[index]) pending.push(children[index]!);
    }
  }
  errors.sort((a, b) => a.line - b.line);
}

function describe(text: string): string {
  const firstLine = text.split('\n', 1)[0]!.trim();
  return JSON.stringify(firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine);
}
