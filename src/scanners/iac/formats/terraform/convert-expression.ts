import { numberKey } from './exponent-numbers.ts';
import type { At, Expression, TemplatePart, TraversalStep } from './hcl-syntax.ts';
import { positionAt, type SyntaxNode as Node } from './syntax-node.ts';

/** Deepest nesting of expressions and blocks converted; deeper syntax is hostile input, not configuration. */
export const MAX_NESTING = 64;

/**
 * The text a tree was parsed from, how many lines precede it in its file (a re-parsed chunk of a
 * broken file), and the nesting depth of the conversion so far (the converter recurses).
 */
export interface ParsedText {
  text: string;
  /** Where each line of `text` starts (`lineStartsOf`), for positions. */
  lineStarts: readonly number[];
  rowOffset: number;
  depth: number;
  /** Line of the first construct left out for nesting deeper than MAX_NESTING. */
  tooDeepAt?: number;
  /** Values of numbers the grammar cannot read (`1e9`), by where their placeholder starts. */
  numbers?: ReadonlyMap<string, number>;
}

/** Turns a tree-sitter expression node into the evaluator's syntax. */
export function convertExpression(node: Node, source: ParsedText): Expression {
  if (node.type !== 'expression') return convertPrimary(node, source);
  return convertSequence(named(node), source, node, node);
}

/** A primary expression followed by attribute, index and splat steps, placed at `atNode`; `whole` gives the text of an invalid one. */
function convertSequence(children: Node[], source: ParsedText, atNode: Node, whole: Node): Expression {
  if (children.length === 1) return convertPrimary(children[0]!, source);
  const first = children[0];
  if (!first) return { ...atOf(atNode, source), kind: 'invalid', text: whole.text };
  const steps: TraversalStep[] = [];
  for (let index = 1; index < children.length; index++) {
    const converted = convertStep(children[index]!, source);
    for (let step = 0; step < converted.length; step++) steps.push(converted[step]!);
  }
  const base = convertPrimary(first, source);
  if (steps.length === 0) return base;
  if (base.kind === 'scope') return { line: base.line, column: base.column, kind: 'scope', name: base.name, steps: base.steps.length === 0 ? steps : [...base.steps, ...steps] };
  return { ...atOf(atNode, source), kind: 'traverse', target: base, steps };
}

function convertPrimary(node: Node, source: ParsedText): Expression {
  if (source.depth >= MAX_NESTING) {
    source.tooDeepAt ??= atOf(node, source).line;
    return { ...atOf(node, source), kind: 'invalid', text: `expression nested more than ${MAX_NESTING} levels deep` };
  }
  source.depth++;
  try {
    return convertNode(node, source);
  } finally {
    source.depth--;
  }
}

function convertNode(node: Node, source: ParsedText): Expression {
  switch (node.type) {
    case 'expression':
      return convertExpression(node, source);
    case 'literal_value':
      return convertLiteral(node.children.length === 0 ? node : (named(node)[0] ?? node), source);
    case 'collection_value':
    case 'template_expr':
    case 'operation':
      return convertPrimary(named(node)[0] ?? node, source);
    case 'function_call':
      return convertCall(node, source);
    case 'for_expr':
      return convertFor(named(node)[0] ?? node, source);
  }
  // The other cases build a node here, at this node's position: plain fields, not a spread,
  // which is slow in code that runs once.
  const { line, column } = atOf(node, source);
  switch (node.type) {
    case 'variable_expr': {
      const name = node.text;
      // Python-style `True` / `False` are not Terraform, but Checkov reads them as booleans and its examples use them; read them alike.
      if (name === 'True' || name === 'False') return { line, column, kind: 'literal', value: name === 'True' };
      return { line, column, kind: 'scope', name, steps: [] };
    }
    case 'tuple':
      return { line, column, kind: 'tuple', items: named(node).filter((child) => child.type === 'expression').map((child) => convertExpression(child, source)) };
    case 'object':
      return { line, column, kind: 'object', entries: named(node).filter((child) => child.type === 'object_elem').map((element) => convertObjectElement(element, source)) };
    case 'quoted_template':
      return { line, column, kind: 'template', parts: templateParts(node, source, 'quoted') };
    case 'heredoc_template':
      return { line, column, kind: 'template', parts: heredocParts(node, source) };
    case 'conditional': {
      const [condition, then, otherwise] = named(node).map((child) => convertExpression(child, source));
      if (!condition || !then || !otherwise) return { line, column, kind: 'invalid', text: node.text };
      return { line, column, kind: 'conditional', condition, whenTrue: then, whenFalse: otherwise };
    }
    case 'unary_operation': {
      const operand = named(node);
      if (operand.length === 0) return { line, column, kind: 'invalid', text: node.text };
      return { line, column, kind: 'unary', operator: node.children[0]!.type, operand: convertSequence(operand, source, operand[0]!, node) };
    }
    case 'binary_operation': {
      // Operands arrive as flat runs of nodes (`var.a` is a variable node then an attribute node).
      const all = node.children.filter((child) => child.type !== 'comment' && child.type !== '(' && child.type !== ')');
      const operatorIndex = all.findIndex((child) => !child.isNamed);
      const left = all.slice(0, operatorIndex);
      const right = all.slice(operatorIndex + 1);
      if (operatorIndex < 0 || left.length === 0 || right.length === 0) return { line, column, kind: 'invalid', text: node.text };
      return { line, column, kind: 'binary', operator: all[operatorIndex]!.type, left: convertSequence(left, source, left[0]!, node), right: convertSequence(right, source, right[0]!, node) };
    }
    default:
      return { line, column, kind: 'invalid', text: node.text };
  }
}

/**
 * A literal: its own node, or a `literal_value` copied as a leaf, whose kind its text tells (a
 * string starts with a quote, `true`, `false` and `null` are keywords, anything else a number).
 */
function convertLiteral(node: Node, source: ParsedText): Expression {
  const at = atOf(node, source);
  switch (node.type === 'literal_value' ? literalKind(node.text) : node.type) {
    case 'numeric_lit':
      return { line: at.line, column: at.column, kind: 'literal', value: source.numbers?.get(numberKey(at.line - 1, at.column - 1)) ?? Number(node.text) };
    case 'bool_lit':
      return { line: at.line, column: at.column, kind: 'literal', value: node.text === 'true' };
    case 'null_lit':
      return { line: at.line, column: at.column, kind: 'literal', value: null };
    case 'string_lit': {
      // Copied as a leaf (`"text"`), or with its quote and text children in a tree with errors.
      const parts = node.children.length === 0 ? templateParts(node, source, 'quoted', node.startIndex + 1, node.endIndex - 1) : templateParts(node, source, 'quoted');
      return { line: at.line, column: at.column, kind: 'template', parts };
    }
    default:
      return { line: at.line, column: at.column, kind: 'invalid', text: node.text };
  }
}

function literalKind(text: string): string {
  if (text.startsWith('"')) return 'string_lit';
  if (text === 'true' || text === 'false') return 'bool_lit';
  if (text === 'null') return 'null_lit';
  return 'numeric_lit';
}

function convertObjectElement(node: Node, source: ParsedText): { key: Expression; value: Expression; keyIsName: boolean } {
  const [keyNode, valueNode] = named(node);
  const key = keyNode ? convertExpression(keyNode, source) : { ...atOf(node, source), kind: 'invalid' as const, text: node.text };
  const value = valueNode ? convertExpression(valueNode, source) : { ...atOf(node, source), kind: 'invalid' as const, text: node.text };
  // `{ name = 1 }` uses the bare word as the key; `{ (var.k) = 1 }` or `{ "k" = 1 }` evaluate it.
  const keyIsName = key.kind === 'scope' && key.steps.length === 0 && keyNode?.text === key.name;
  return { key, value, keyIsName };
}

function convertCall(node: Node, source: ParsedText): Expression {
  const at = atOf(node, source);
  const name = named(node).find((child) => child.type === 'identifier')?.text ?? '';
  const argumentsNode = named(node).find((child) => child.type === 'function_arguments');
  const argumentNodes = argumentsNode ? named(argumentsNode) : [];
  const expandLast = argumentNodes.some((child) => child.type === 'ellipsis');
  const args = argumentNodes.filter((child) => child.type === 'expression').map((child) => convertExpression(child, source));
  return { line: at.line, column: at.column, kind: 'call', name, args, expandLast };
}

function convertFor(node: Node, source: ParsedText): Expression {
  const at = atOf(node, source);
  const children = named(node);
  const intro = children.find((child) => child.type === 'for_intro');
  const names = intro ? named(intro).filter((child) => child.type === 'identifier').map((child) => child.text) : [];
  const collectionNode = intro ? named(intro).find((child) => child.type === 'expression') : undefined;
  const expressions = children.filter((child) => child.type === 'expression').map((child) => convertExpression(child, source));
  const conditionNode = children.find((child) => child.type === 'for_cond');
  const conditionExpression = conditionNode ? named(conditionNode)[0] : undefined;
  if (!collectionNode || names.length === 0 || expressions.length === 0) return { line: at.line, column: at.column, kind: 'invalid', text: node.text };
  const isObject = node.type === 'for_object_expr';
  return {
    ...at,
    kind: 'for',
    ...(names.length === 2 ? { keyName: names[0]! } : {}),
    valueName: names[names.length - 1]!,
    collection: convertExpression(collectionNode, source),
    ...(isObject ? { keyExpression: expressions[0]! } : {}),
    valueExpression: isObject ? (expressions[1] ?? expressions[0]!) : expressions[0]!,
    ...(conditionExpression ? { condition: convertExpression(conditionExpression, source) } : {}),
    grouping: children.some((child) => child.type === 'ellipsis'),
  };
}

function convertStep(node: Node, source: ParsedText): TraversalStep[] {
  switch (node.type) {
    case 'get_attr':
      // Copied as a leaf (`.name`, read from its text), or with its children in a tree with errors.
      return [{ kind: 'attribute', name: node.children.length === 0 ? attributeName(node.text) : (named(node)[0]?.text ?? '') }];
    case 'index': {
      const inner = named(node)[0];
      if (inner?.type === 'legacy_index') return [{ kind: 'index', key: { ...atOf(inner, source), kind: 'literal', value: Number(inner.text.replace(/^\./, '')) } }];
      const key = inner ? named(inner)[0] : undefined;
      return key ? [{ kind: 'index', key: convertExpression(key, source) }] : [];
    }
    case 'splat': {
      const inner = named(node)[0];
      return [{ kind: 'splat', steps: inner ? named(inner).flatMap((step) => convertStep(step, source)) : [] }];
    }
    default:
      return [];
  }
}

/** The name in a `.name` traversal step's text, past any blank or comment after the dot. */
function attributeName(text: string): string {
  return text.slice(1).replace(COMMENTS, '').trim();
}

const COMMENTS = /\/\*[\s\S]*?\*\/|#[^\n]*|\/\/[^\n]*/g;

/**
 * Template text is sliced from the source between the interpolations and directives, because
 * tree-sitter's literal nodes leave out some whitespace; quoted templates then get their escapes.
 */
function templateParts(node: Node, source: ParsedText, style: 'quoted' | 'heredoc', from = -1, to = -1): TemplatePart[] {
  const children = named(node);
  const start = from >= 0 ? from : (children.find((child) => child.type === 'quoted_template_start')?.endIndex ?? node.startIndex);
  const end = to >= 0 ? to : (children.find((child) => child.type === 'quoted_template_end')?.startIndex ?? node.endIndex);
  const parts: TemplatePart[] = [];
  let cursor = start;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.startIndex < start || child.endIndex > end) continue;
    if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
    pushText(parts, source.text.slice(cursor, child.startIndex), style);
    cursor = child.endIndex;
    if (child.type === 'template_interpolation') {
      const expression = named(child).find((part) => part.type === 'expression');
      if (expression) parts.push({ kind: 'interpolation', expression: convertExpression(expression, source) });
    } else {
      const directive = named(child)[0];
      if (directive) parts.push(convertDirective(directive, source, style));
    }
  }
  pushText(parts, source.text.slice(cursor, end), style);
  return parts;
}

function convertDirective(node: Node, source: ParsedText, style: 'quoted' | 'heredoc'): TemplatePart {
  const children = named(node);
  const intro = children[0]!;
  const introExpression = named(intro).find((child) => child.type === 'expression');
  const closing = children[children.length - 1]!;
  const condition = introExpression ? convertExpression(introExpression, source) : ({ ...atOf(intro, source), kind: 'invalid', text: intro.text } as Expression);
  if (node.type === 'template_if') {
    const elseIntro = children.find((child) => child.type === 'template_else_intro');
    const thenParts = templateParts(node, source, style, intro.endIndex, elseIntro ? elseIntro.startIndex : closing.startIndex);
    const elseParts = elseIntro ? templateParts(node, source, style, elseIntro.endIndex, closing.startIndex) : [];
    return { kind: 'if', condition, whenTrue: thenParts, whenFalse: elseParts };
  }
  const names = named(intro).filter((child) => child.type === 'identifier').map((child) => child.text);
  return {
    kind: 'for',
    ...(names.length === 2 ? { keyName: names[0]! } : {}),
    valueName: names[names.length - 1] ?? '',
    collection: condition,
    body: templateParts(node, source, style, intro.endIndex, closing.startIndex),
  };
}

function heredocParts(node: Node, source: ParsedText): TemplatePart[] {
  const identifiers = named(node).filter((child) => child.type === 'heredoc_identifier');
  const opening = identifiers[0];
  const closing = identifiers[identifiers.length - 1];
  if (!opening || !closing || opening === closing) return [];
  const contentStart = source.text.indexOf('\n', opening.endIndex) + 1;
  // The content ends with the newline before the closing marker's line.
  const closingLineStart = source.text.lastIndexOf('\n', closing.startIndex - 1) + 1;
  const parts = templateParts(node, source, 'heredoc', contentStart, closingLineStart);
  const indented = named(node).find((child) => child.type === 'heredoc_start')?.text === '<<-';
  return indented ? stripIndentation(parts) : parts;
}

/** `<<-EOT` removes the smallest indentation shared by the content's lines. */
function stripIndentation(parts: TemplatePart[]): TemplatePart[] {
  const text = parts.map((part) => (part.kind === 'text' ? part.text : 'x')).join('');
  const indents = text.split('\n').filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const strip = indents.length === 0 ? 0 : Math.min(...indents);
  if (strip === 0) return parts;
  let atLineStart = true;
  return parts.map((part) => {
    if (part.kind !== 'text') {
      atLineStart = false;
      return part;
    }
    const lines = part.text.split('\n').map((line, index) => ((index > 0 || atLineStart) ? line.slice(Math.min(strip, /^[ \t]*/.exec(line)![0].length)) : line));
    atLineStart = part.text.endsWith('\n');
    return { kind: 'text', text: lines.join('\n') };
  });
}

function pushText(parts: TemplatePart[], raw: string, style: 'quoted' | 'heredoc'): void {
  if (raw === '') return;
  parts.push({ kind: 'text', text: style === 'quoted' ? unescapeQuoted(raw) : unescapeTemplateMarkers(raw) });
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Backslash escapes of quoted strings (`\n`, `\"`, `\u00e9`), then doubled template markers. */
function unescapeQuoted(raw: string): string {
  // A backslash followed by a one-letter escape, or by u/U and hex digits.
  const unescaped = raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (whole, escape: string) => {
    if (escape.length > 1) return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? whole;
  });
  return unescapeTemplateMarkers(unescaped);
}

/** `$${` and `%%{` are literal `${` and `%{`. */
function unescapeTemplateMarkers(raw: string): string {
  return raw.replaceAll('$${', '${').replaceAll('%%{', '%{');
}

/** Named children other than comments; most nodes have no others, and get their own list back. */
function named(node: Node): Node[] {
  const children = node.children;
  // Indexed loops here and in other per-node code: in code V8 has not optimised yet, `for…of`
  // allocates an iterator result per element (measured: tens of megabytes per large scan).
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (!child.isNamed || child.type === 'comment') return children.filter((kept) => kept.isNamed && kept.type !== 'comment');
  }
  return children;
}

/** 1-based line (in the whole file) and column where a node starts. */
export function atOf(node: Node, source: ParsedText): At {
  const { row, column } = positionAt(source.lineStarts, node.startIndex);
  return { line: row + 1 + source.rowOffset, column: column + 1 };
}
