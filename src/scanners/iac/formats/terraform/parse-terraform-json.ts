import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { At, Expression, HclAttribute, HclBlock, HclBody } from './hcl-syntax.ts';
import { MAX_NESTING } from './convert-expression.ts';
import { offsetLocator } from './json-position.ts';
import { parseHcl, type ParsedHcl } from './parse-hcl.ts';

type Locate = (offset: number) => At;

/** Block types whose JSON form nests one object per label (`"resource": { "type": { "name": {…} } }`). */
const LABEL_COUNTS: Record<string, number> = { resource: 2, data: 2, variable: 1, output: 1, module: 1, provider: 1, locals: 0, terraform: 0 };

/**
 * Terraform's JSON syntax (`.tf.json`) as the same syntax tree native files give: strings are
 * templates (`"${var.x}"`), objects and arrays inside a resource stay objects and lists (rules
 * read a block written as an object like a block list of one), `"dynamic"` objects become
 * dynamic blocks, and `"//"` comment keys are dropped.
 */
export function parseTerraformJson(text: string): ParsedHcl {
  try {
    return convertJson(text);
  } catch (cause) {
    // A recursive descent over absurdly nested JSON runs out of stack: that is hostile input.
    if (cause instanceof RangeError) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ line: 1, message: 'JSON nested too deeply to read' }] };
    throw cause;
  }
}

function convertJson(text: string): ParsedHcl {
  const problems: ParseError[] = [];
  const root = parseTree(text, problems, { allowTrailingComma: true, disallowComments: false });
  const locate = offsetLocator(text);
  const errors = problems.map((problem) => ({ line: locate(problem.offset).line, message: `invalid JSON: ${printParseErrorCode(problem.error)}` }));
  const body: HclBody = { attributes: [], blocks: [] };
  if (root?.type !== 'object') return { body, comments: [], errors: errors.length > 0 ? errors : [{ line: 1, message: 'a .tf.json file must hold one JSON object' }] };
  for (const [type, value] of properties(root)) {
    const labels = LABEL_COUNTS[type];
    if (labels === undefined) continue;
    for (const object of objectsOf(value)) body.blocks.push(...labelledBlocks(type, [], labels, object, locate));
  }
  return { body, comments: [], errors };
}

function labelledBlocks(type: string, labels: string[], remaining: number, node: JsonNode, locate: Locate): HclBlock[] {
  if (remaining === 0) return [block(type, labels, node, locate)];
  return properties(node).flatMap(([label, value]) => objectsOf(value).flatMap((object) => labelledBlocks(type, [...labels, label], remaining - 1, object, locate)));
}

function block(type: string, labels: string[], node: JsonNode, locate: Locate): HclBlock {
  const at = locate(node.offset);
  return { type, labels, body: bodyOf(node, locate), line: at.line, column: at.column, endLine: locate(node.offset + node.length).line };
}

function bodyOf(node: JsonNode, locate: Locate): HclBody {
  const body: HclBody = { attributes: [], blocks: [] };
  for (const [name, value, keyNode] of properties(node)) {
    if (name === 'dynamic') {
      for (const object of objectsOf(value)) {
        for (const [label, spec] of properties(object)) for (const specObject of objectsOf(spec)) body.blocks.push(dynamicBlock(label, specObject, locate));
      }
      continue;
    }
    const at = locate(keyNode.offset);
    const attribute: HclAttribute = { name, expression: expressionOf(value, locate), line: at.line, column: at.column };
    body.attributes.push(attribute);
  }
  return body;
}

function dynamicBlock(label: string, node: JsonNode, locate: Locate): HclBlock {
  const inner = bodyOf(node, locate);
  const content = inner.attributes.find((attribute) => attribute.name === 'content');
  const contentNode = properties(node).find(([name]) => name === 'content')?.[1];
  const attributes = inner.attributes.filter((attribute) => attribute.name !== 'content');
  // `iterator` is written as a string in JSON; the evaluator expects a bare name.
  const iterator = attributes.find((attribute) => attribute.name === 'iterator');
  if (iterator?.expression.kind === 'template' && iterator.expression.parts.length === 1 && iterator.expression.parts[0]!.kind === 'text') {
    iterator.expression = { ...iterator.expression, kind: 'scope', name: iterator.expression.parts[0]!.text, steps: [] } as Expression;
  }
  const blocks = content && contentNode?.type === 'object' ? [block('content', [], contentNode, locate)] : [];
  const at = locate(node.offset);
  return { type: 'dynamic', labels: [label], body: { attributes, blocks }, line: at.line, column: at.column, endLine: locate(node.offset + node.length).line };
}

function expressionOf(node: JsonNode, locate: Locate, depth = 0): Expression {
  const at = locate(node.offset);
  if (depth > MAX_NESTING) return { ...at, kind: 'invalid', text: `value nested more than ${MAX_NESTING} levels deep` };
  switch (node.type) {
    case 'object':
      return { ...at, kind: 'object', entries: properties(node).map(([key, value, keyNode]) => ({ key: { ...locate(keyNode.offset), kind: 'literal', value: key }, value: expressionOf(value, locate, depth + 1), keyIsName: false })) };
    case 'array':
      return { ...at, kind: 'tuple', items: (node.children ?? []).map((child) => expressionOf(child, locate, depth + 1)) };
    case 'string':
      return stringExpression(String(node.value), at);
    case 'number':
    case 'boolean':
      return { ...at, kind: 'literal', value: node.value as number | boolean };
    default:
      return { ...at, kind: 'literal', value: null };
  }
}

/** A JSON string is a template: plain text unless it holds `${` or `%{`, then parsed as HCL would. */
function stringExpression(value: string, at: At): Expression {
  if (!value.includes('${') && !value.includes('%{')) return { ...at, kind: 'literal', value };
  const marker = `RAMPART_JSON_TEMPLATE_${value.length}`;
  const parsed = parseHcl(`value = <<${marker}\n${value}\n${marker}\n`);
  const expression = parsed.errors.length === 0 ? parsed.body.attributes[0]?.expression : undefined;
  if (expression?.kind !== 'template') return { ...at, kind: 'invalid', text: value };
  // The heredoc adds a final newline the JSON string does not have.
  const parts = [...expression.parts];
  const last = parts[parts.length - 1];
  if (last?.kind === 'text') parts[parts.length - 1] = { kind: 'text', text: last.text.replace(/\n$/, '') };
  return { ...at, kind: 'template', parts: parts.filter((part) => part.kind !== 'text' || part.text !== '') };
}

function properties(node: JsonNode): [string, JsonNode, JsonNode][] {
  if (node.type !== 'object') return [];
  const out: [string, JsonNode, JsonNode][] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value || key.value === '//') continue;
    out.push([String(key.value), value, key]);
  }
  return out;
}

/** A block written once (an object) or several times (an array of objects). */
function objectsOf(node: JsonNode): JsonNode[] {
  if (node.type === 'object') return [node];
  if (node.type === 'array') return (node.children ?? []).filter((child) => child.type === 'object');
  return [];
}
