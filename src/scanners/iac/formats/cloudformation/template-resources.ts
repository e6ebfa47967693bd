import type { ScanError } from '../../../../core/finding.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import { isIacObject, type IacObject } from '../../iac-value.ts';
import { skipsInComments } from '../yaml-skip-comments.ts';
import { evaluateProperties, type TemplateScope } from './evaluate-intrinsics.ts';
import type { RawTemplate, RawValue } from './raw-template.ts';

/**
 * One resource per `Resources` entry: the logical id is its name and address, `Properties` are
 * evaluated, positions are keyed by property path, and skips come from `Metadata.checkov.skip`
 * and from comments inside the entry.
 */
export function templateResources(path: string, text: string, template: RawTemplate): { resources: IacResource[]; errors: ScanError[] } {
  const root = asRawObject(template.root);
  const entries = asRawObject(root?.['Resources']);
  if (!root || !entries) return { resources: [], errors: [] };
  const scope: TemplateScope = {
    parameters: asRawObject(root['Parameters']) ?? {},
    conditions: asRawObject(root['Conditions']) ?? {},
    mappings: asRawObject(root['Mappings']) ?? {},
    resourceIds: new Set(Object.keys(entries)),
    conditionCache: new Map(),
  };
  const positionsById = splitPositions(template.positions);
  const lines = text.includes('#') ? text.split('\n') : undefined;
  const resources: IacResource[] = [];
  const errors: ScanError[] = [];
  for (const [logicalId, entry] of Object.entries(entries)) {
    const startLine = template.positions.get(`Resources.${logicalId}`)?.line ?? 1;
    const definition = asRawObject(entry);
    if (!definition || typeof definition['Type'] !== 'string') {
      errors.push({ path, line: startLine, code: 'RAMPART_E_PARSE', message: `Resources.${logicalId} is not a resource (a mapping with a Type); it was not scanned` });
      continue;
    }
    const evaluated = evaluateProperties(withSamGlobals(definition['Type'], definition['Properties'] ?? {}, root['Globals']), scope);
    const endLine = Math.max(startLine, template.resourceEndLines.get(logicalId) ?? startLine);
    const resource: IacResource = {
      format: 'cloudformation',
      type: definition['Type'],
      name: logicalId,
      address: logicalId,
      path,
      startLine,
      endLine,
      attributes: isIacObject(evaluated.value) ? evaluated.value : ({} as IacObject),
      positions: positionsById.get(logicalId) ?? new Map(),
      references: evaluated.references,
    };
    const commentStart = lines ? firstCommentLineAbove(lines, startLine) : startLine;
    const skips = lines ? skipsInComments(lines.slice(commentStart - 1, endLine), commentStart).skips : new Map<string, string>();
    skipsInMetadata(definition['Metadata'], skips);
    if (skips.size > 0) resource.skips = skips;
    resources.push(resource);
  }
  return { resources, errors };
}

/** Skip comments count inside the entry and on the comment lines right above its logical id, as Checkov reads them. */
function firstCommentLineAbove(lines: readonly string[], startLine: number): number {
  let line = startLine;
  while (line > 1 && lines[line - 2]!.trimStart().startsWith('#')) line -= 1;
  return line;
}

/** `Resources.<id>.Properties.<path>` positions regrouped by logical id and keyed by property path, in one pass. */
function splitPositions(positions: ReadonlyMap<string, SourcePosition>): Map<string, Map<string, SourcePosition>> {
  const byId = new Map<string, Map<string, SourcePosition>>();
  const prefix = 'Resources.';
  for (const [key, position] of positions) {
    if (!key.startsWith(prefix)) continue;
    const idEnd = key.indexOf('.', prefix.length);
    if (idEnd === -1) continue;
    const rest = key.slice(idEnd + 1);
    if (!rest.startsWith('Properties.')) continue;
    const id = key.slice(prefix.length, idEnd);
    let map = byId.get(id);
    if (!map) byId.set(id, (map = new Map()));
    map.set(rest.slice('Properties.'.length), position);
  }
  return byId;
}

/** SAM `Globals` sections and the resource types they apply to. */
const samGlobalSections: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
};

/**
 * A SAM resource's properties with its `Globals` section merged in, as the SAM transform does:
 * the resource's own values win, maps merge key by key, and lists are the global entries followed
 * by the resource's.
 */
function withSamGlobals(type: string, properties: RawValue, globals: RawValue | undefined): RawValue {
  const section = samGlobalSections[type];
  const defaults = section ? asRawObject(asRawObject(globals)?.[section]) : undefined;
  return defaults ? mergeGlobal(defaults, properties) : properties;
}

function mergeGlobal(global: RawValue, own: RawValue | undefined): RawValue {
  if (own === undefined) return global;
  if (Array.isArray(global) && Array.isArray(own)) return [...global, ...own];
  const globalMap = asRawObject(global);
  const ownMap = asRawObject(own);
  // A one-key `Ref`/`Fn::` object is a function, not a map to merge into.
  if (!globalMap || !ownMap || isFunction(globalMap) || isFunction(ownMap)) return own;
  const merged: { [key: string]: RawValue } = { ...globalMap };
  for (const [key, value] of Object.entries(ownMap)) merged[key] = Object.hasOwn(globalMap, key) ? mergeGlobal(globalMap[key]!, value) : value;
  return merged;
}

function isFunction(map: { [key: string]: RawValue }): boolean {
  const keys = Object.keys(map);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/** Checkov's `Metadata: { checkov: { skip: [{ id, comment }] } }`. */
function skipsInMetadata(metadata: RawValue | undefined, into: Map<string, string>): void {
  const checkov = asRawObject(asRawObject(metadata)?.['checkov']);
  const list = checkov?.['skip'];
  if (!Array.isArray(list)) return;
  for (const item of list) {
    const skip = asRawObject(item);
    const id = skip?.['id'];
    if (typeof id !== 'string') continue;
    const comment = skip?.['comment'];
    into.set(id, typeof comment === 'string' && comment.trim() !== '' ? comment.trim() : 'Metadata checkov skip');
  }
}

function asRawObject(value: RawValue | undefined): { [key: string]: RawValue } | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
