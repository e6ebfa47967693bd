import type { ScanError } from '../../../../core/finding.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import { isIacObject, type IacObject } from '../../iac-value.ts';
import { skipsInComments } from '../kubernetes/kubernetes-skips.ts';
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
    const evaluated = evaluateProperties(definition['Properties'] ?? {}, scope);
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
