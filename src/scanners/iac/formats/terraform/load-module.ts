import type { ScanError } from '../../../../core/finding.ts';
import type { RelatedFileReader } from '../../../../core/source-file.ts';
import type { HclAttribute, HclBlock } from './hcl-syntax.ts';
import { parseHcl, type HclComment } from './parse-hcl.ts';
import { parseTerraformJson } from './parse-terraform-json.ts';

/** A declaration and the file it is written in. */
export interface Declared<T> {
  path: string;
  node: T;
}

/** Everything written in one module directory, parsed but not evaluated. */
export interface TerraformModuleSource {
  /** Repo-relative directory ('' for the root). */
  directory: string;
  files: string[];
  variables: Map<string, Declared<HclBlock>>;
  locals: Map<string, Declared<HclAttribute>>;
  /**
   * Managed resources keyed `type.name`, data sources keyed `data.type.name`, provider
   * configurations keyed `provider.name` (`provider.name.alias` for an aliased one).
   */
  resources: Map<string, Declared<HclBlock>>;
  moduleCalls: Map<string, Declared<HclBlock>>;
  outputs: Map<string, Declared<HclBlock>>;
  /** Comments per file, by line, for skip comments. */
  comments: Map<string, Map<number, string>>;
  errors: ScanError[];
}

/** How many files of one directory are read as one module; more is not a module a reviewer wrote. */
export const MAX_MODULE_FILES = 2000;

/**
 * Reads the `.tf` files of a directory through the scan's related-file reader. `known` supplies
 * text already in hand (the scanned file itself, or every file when no reader is available).
 */
export function loadModuleSource(directory: string, related: RelatedFileReader | undefined, known: ReadonlyMap<string, string>): TerraformModuleSource {
  const source: TerraformModuleSource = {
    directory, files: [], variables: new Map(), locals: new Map(), resources: new Map(), moduleCalls: new Map(), outputs: new Map(), comments: new Map(), errors: [],
  };
  const listed = related ? related.list(directory, { recursive: false, maxEntries: MAX_MODULE_FILES }) : [];
  const paths = [...new Set([...listed.filter(isTerraformSource), ...[...known.keys()].filter((path) => directoryOf(path) === directory)])].sort();
  for (const path of paths) {
    const text = known.get(path) ?? related?.read(path);
    if (text === undefined) continue;
    source.files.push(path);
    addFile(source, path, text);
  }
  return source;
}

export function isTerraformSource(path: string): boolean {
  return path.endsWith('.tf') || path.endsWith('.tf.json');
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function addFile(source: TerraformModuleSource, path: string, text: string): void {
  const parsed = path.endsWith('.json') ? parseTerraformJson(text) : parseHcl(text);
  for (const error of parsed.errors) source.errors.push({ path, line: error.line, code: 'RAMPART_E_PARSE', message: `Terraform syntax error: ${error.message}` });
  source.comments.set(path, commentsByLine(parsed.comments));
  for (const block of parsed.body.blocks) {
    const [first, second] = block.labels;
    switch (block.type) {
      case 'resource':
        if (first && second) source.resources.set(`${first}.${second}`, { path, node: block });
        break;
      case 'data':
        if (first && second) source.resources.set(`data.${first}.${second}`, { path, node: block });
        break;
      case 'provider':
        if (first) source.resources.set(providerKey(first, block), { path, node: block });
        break;
      case 'variable':
        if (first) source.variables.set(first, { path, node: block });
        break;
      case 'locals':
        for (const attribute of block.body.attributes) source.locals.set(attribute.name, { path, node: attribute });
        break;
      case 'module':
        if (first) source.moduleCalls.set(first, { path, node: block });
        break;
      case 'output':
        if (first) source.outputs.set(first, { path, node: block });
        break;
    }
  }
}

/** `provider.aws`, or `provider.aws.west` when the block sets a literal `alias = "west"`. */
function providerKey(name: string, block: HclBlock): string {
  const alias = block.body.attributes.find((attribute) => attribute.name === 'alias')?.expression;
  const text = alias?.kind === 'literal' && typeof alias.value === 'string' ? alias.value
    : alias?.kind === 'template' && alias.parts.length === 1 && alias.parts[0]!.kind === 'text' ? alias.parts[0]!.text
      : undefined;
  return text ? `provider.${name}.${text}` : `provider.${name}`;
}

function commentsByLine(comments: readonly HclComment[]): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const comment of comments) {
    const lines = comment.text.split('\n');
    lines.forEach((line, offset) => byLine.set(comment.line + offset, line));
  }
  return byLine;
}
