import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { lineAndColumnAt, lineStartsOf } from '../../../../core/line-starts.ts';
import type { SourcePosition } from '../../iac-resource.ts';
import { joinPath, type RawTemplate, type RawValue, type TemplateParseFailure } from './raw-template.ts';

const maxDepth = 500;

/** Parses a JSON template with the position of every key and list item. */
export function parseTemplateJson(text: string): RawTemplate | TemplateParseFailure {
  const lineStarts = lineStartsOf(text);
  const positionAt = (offset: number): SourcePosition => {
    const { row, column } = lineAndColumnAt(lineStarts, offset);
    return { line: row + 1, column: column + 1 };
  };
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  } catch (cause) {
    // The parser recurses per nesting level; a hostile file can exhaust the stack.
    if (cause instanceof RangeError) return { message: 'the template nests too deeply to read', line: 1 };
    throw cause;
  }
  const [firstError] = errors;
  if (firstError || !tree) {
    return { message: `invalid JSON: ${firstError ? printParseErrorCode(firstError.error) : 'empty document'}`, line: positionAt(firstError?.offset ?? 0).line };
  }
  const positions = new Map<string, SourcePosition>();
  const resourceEndLines = new Map<string, number>();
  const convert = (node: JsonNode, path: string, depth: number): RawValue => {
    if (depth > maxDepth) throw new RangeError('too deep');
    if (node.type === 'object') {
      const out: { [key: string]: RawValue } = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const name = String(keyNode.value);
        const keyPath = joinPath(path, name);
        positions.set(keyPath, positionAt(keyNode.offset));
        out[name] = convert(valueNode, keyPath, depth + 1);
        if (path === 'Resources') resourceEndLines.set(name, positionAt(valueNode.offset + Math.max(0, valueNode.length - 1)).line);
      }
      return out;
    }
    if (node.type === 'array') {
      return (node.children ?? []).map((child, index) => {
        const itemPath = joinPath(path, String(index));
        positions.set(itemPath, positionAt(child.offset));
        return convert(child, itemPath, depth + 1);
      });
    }
    return (node.value ?? null) as RawValue;
  };
  try {
    return { root: convert(tree, '', 0), positions, resourceEndLines };
  } catch (cause) {
    if (cause instanceof RangeError) return { message: 'the template nests too deeply to read', line: 1 };
    throw cause;
  }
}
