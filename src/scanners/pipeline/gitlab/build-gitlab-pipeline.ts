import { isMap, isScalar, isSeq } from 'yaml';
import { resolveNode, seqItems } from '../yaml-source.ts';
import type { GitlabEnvironment, GitlabFile, GitlabJob, GitlabVariable } from './gitlab-model.ts';
import type { LoadedPipeline } from './load-local-includes.ts';
import {
  childOf,
  keyOf,
  readEntries,
  readGitlabScalar,
  readKeys,
  readRefFilter,
  readRuleClauses,
  readScalarList,
  readScripts,
  readVariables,
  type Dereference,
  type NodeInFile,
} from './read-gitlab-nodes.ts';
import type { GitlabDocument } from './read-gitlab-file.ts';
import type { MapEntry } from '../yaml-source.ts';

/** Top-level keys that configure the pipeline rather than name a job. */
const reservedKeys: ReadonlySet<string> = new Set(['stages', 'types', 'variables', 'workflow', 'include', 'default', 'image', 'services', 'before_script', 'after_script', 'cache', 'spec']);
/** Keys a job takes from `default:` (or the old global keywords) when it has none of its own. */
const defaultableKeys = ['image', 'services', 'before_script', 'after_script', 'id_tokens'] as const;
/** GitLab's own limits: 11 levels of `extends:`, 10 of nested `!reference`. */
const maxExtendsDepth = 11;
const maxReferenceDepth = 10;

/** One definition of a top-level key in one file; a key defined in several files is merged. */
interface Definition {
  file: GitlabFile;
  item: MapEntry;
}

/** Definitions of one job, its own first and then its `extends:` parents, nearest first. */
type Layers = Definition[];

export interface BuiltPipeline {
  variables: GitlabVariable[];
  workflowRules: ReturnType<typeof readRuleClauses>;
  jobs: GitlabJob[];
  templates: GitlabJob[];
}

/**
 * Merges the files GitLab would merge (the includer over what it includes), then resolves each
 * visible job: `extends:` (deep-merging mappings, nearest definition winning), `default:` and the
 * global keywords, global variables and `!reference` tags. Values keep their own file and position.
 */
export function buildGitlabPipeline(loaded: LoadedPipeline): BuiltPipeline {
  const definitions = collectDefinitions(loaded.documents);
  const dereference = createDereference(definitions);
  const top = (key: string) => definitions.get(key) ?? [];
  const variables = readMergedVariables(top('variables'), dereference);
  const workflow = firstValue(top('workflow'));
  const workflowRules = workflow ? readRuleClauses(childOf(workflow, 'rules'), dereference) : undefined;
  const jobs: GitlabJob[] = [];
  const templates: GitlabJob[] = [];
  for (const [name, defined] of definitions) {
    if (reservedKeys.has(name)) continue;
    const own = defined.filter((definition) => isMap(resolveNode(definition.file.source, definition.item.value)));
    if (own.length === 0) continue;
    const layers = [...own, ...parentLayers(own, definitions, new Set([name]), 1)];
    (name.startsWith('.') ? templates : jobs).push(readJob(name, layers, definitions, variables, dereference));
  }
  return { variables, workflowRules, jobs, templates };
}

/** Every top-level key's definitions, highest priority first: the entry file, then later includes before earlier ones. */
function collectDefinitions(documents: readonly GitlabDocument[]): Map<string, Definition[]> {
  const definitions = new Map<string, Definition[]>();
  for (let index = documents.length - 1; index >= 0; index -= 1) {
    const document = documents[index]!;
    for (const item of document.entries) {
      const list = definitions.get(item.key) ?? [];
      list.push({ file: document.file, item });
      definitions.set(item.key, list);
    }
  }
  return definitions;
}

/** `extends:` parents, last-named first (it wins), each followed by its own parents; bounded and cycle-safe. */
function parentLayers(layers: Layers, definitions: Map<string, Definition[]>, visiting: Set<string>, depth: number): Layers {
  if (depth > maxExtendsDepth) return [];
  const extendsValue = pick(layers, 'extends');
  if (!extendsValue) return [];
  const parents = readScalarList(extendsValue, (plain) => plain).map((scalar) => scalar.value);
  const result: Layers = [];
  for (let index = parents.length - 1; index >= 0; index -= 1) {
    const parent = parents[index]!;
    if (visiting.has(parent)) continue;
    const own = (definitions.get(parent) ?? []).filter((definition) => isMap(resolveNode(definition.file.source, definition.item.value)));
    if (own.length === 0) continue;
    result.push(...own, ...parentLayers(own, definitions, new Set([...visiting, parent]), depth + 1));
  }
  return result;
}

/** The value of a key in the highest-priority layer that sets it. */
function pick(layers: Layers, key: string): NodeInFile | undefined {
  for (const layer of layers) {
    const found = childOf({ file: layer.file, node: layer.item.value }, key);
    if (found) return found;
  }
  return undefined;
}

/** The key entry itself in the highest-priority layer that sets it (for findings about the key). */
function pickKey(layers: Layers, key: string) {
  for (const layer of layers) {
    const found = readEntries({ file: layer.file, node: layer.item.value }).find((candidate) => candidate.item.key === key);
    if (found) return keyOf(found.file, found.item);
  }
  return undefined;
}

/** Every layer's value for a mapping key, highest priority first, stopping at a layer that sets it to a non-mapping. */
function pickMappings(layers: Layers, key: string): NodeInFile[] {
  const found: NodeInFile[] = [];
  for (const layer of layers) {
    const value = childOf({ file: layer.file, node: layer.item.value }, key);
    if (!value) continue;
    found.push(value);
    if (!isMap(resolveNode(value.file.source, value.node))) break;
  }
  return found;
}

function firstValue(defined: readonly Definition[]): NodeInFile | undefined {
  const [first] = defined;
  return first ? { file: first.file, node: first.item.value } : undefined;
}

/** Variables from several definitions, the nearest definition of each name winning. */
function readMergedVariables(defined: readonly (Definition | NodeInFile)[], dereference: Dereference): GitlabVariable[] {
  const byName = new Map<string, GitlabVariable>();
  for (const definition of defined) {
    const value = 'item' in definition ? { file: definition.file, node: definition.item.value } : definition;
    for (const variable of readVariables(value, dereference)) if (!byName.has(variable.name)) byName.set(variable.name, variable);
  }
  return [...byName.values()];
}

function readJob(name: string, layers: Layers, definitions: Map<string, Definition[]>, globalVariables: GitlabVariable[], dereference: Dereference): GitlabJob {
  const inherit = readInherit(pick(layers, 'inherit'));
  const inherited = (key: (typeof defaultableKeys)[number]) => pick(layers, key) ?? (inherit.defaults(key) ? defaultValue(definitions, key) : undefined);
  const jobVariables = readMergedVariables(pickMappings(layers, 'variables'), dereference);
  const jobVariableNames = new Set(jobVariables.map((variable) => variable.name));
  const environmentValue = pick(layers, 'environment');
  const environmentKey = pickKey(layers, 'environment');
  const pagesValue = readGitlabScalar(pick(layers, 'pages') ?? { file: layers[0]!.file, node: undefined })?.value;
  return {
    name,
    key: keyOf(layers[0]!.file, layers[0]!.item),
    stage: readGitlabScalar(pick(layers, 'stage') ?? { file: layers[0]!.file, node: undefined }),
    scripts: [
      ...readScripts('before_script', inherited('before_script'), dereference),
      ...readScripts('script', pick(layers, 'script'), dereference),
      ...readScripts('after_script', inherited('after_script'), dereference),
    ],
    image: readImage(inherited('image'), dereference),
    services: readServices(inherited('services'), dereference),
    variables: [...jobVariables, ...globalVariables.filter((variable) => !jobVariableNames.has(variable.name) && inherit.variables(variable.name))],
    rules: readRuleClauses(pick(layers, 'rules'), dereference),
    only: readRefFilter(pickKey(layers, 'only') ?? keyOf(layers[0]!.file, layers[0]!.item), pick(layers, 'only'), dereference),
    except: readRefFilter(pickKey(layers, 'except') ?? keyOf(layers[0]!.file, layers[0]!.item), pick(layers, 'except'), dereference),
    environment: environmentKey && environmentValue ? readEnvironment(environmentKey, environmentValue, dereference) : undefined,
    when: readGitlabScalar(pick(layers, 'when') ?? { file: layers[0]!.file, node: undefined }),
    idTokens: readKeys(inherited('id_tokens'), dereference),
    secrets: readKeys(pick(layers, 'secrets'), dereference),
    trigger: pickKey(layers, 'trigger'),
    isPages: name === 'pages' || (pagesValue !== undefined && pagesValue !== 'false'),
  };
}

/** `default: image` first, then the old global `image:` keyword. */
function defaultValue(definitions: Map<string, Definition[]>, key: string): NodeInFile | undefined {
  for (const definition of definitions.get('default') ?? []) {
    const found = childOf({ file: definition.file, node: definition.item.value }, key);
    if (found) return found;
  }
  return key === 'id_tokens' ? undefined : firstValue(definitions.get(key) ?? []);
}

/** `inherit: { default: false | [keys], variables: false | [names] }`. */
function readInherit(value: NodeInFile | undefined): { defaults: (key: string) => boolean; variables: (name: string) => boolean } {
  const filter = (key: string) => {
    const child = value ? childOf(value, key) : undefined;
    if (!child) return () => true;
    const node = resolveNode(child.file.source, child.node);
    if (isScalar(node)) return () => String(node.value) !== 'false';
    const allowed = new Set(readScalarList(child, (plain) => plain).map((scalar) => scalar.value));
    return (name: string) => allowed.has(name);
  };
  return { defaults: filter('default'), variables: filter('variables') };
}

/** `image: name` or `image: { name: … }`. */
function readImage(value: NodeInFile | undefined, dereference: Dereference) {
  if (!value) return undefined;
  const resolved = dereference(value);
  return readGitlabScalar(isMap(resolveNode(resolved.file.source, resolved.node)) ? (childOf(resolved, 'name') ?? { file: resolved.file, node: undefined }) : resolved);
}

/** `services:` items: `name` strings or `{ name: … }` mappings. */
function readServices(value: NodeInFile | undefined, dereference: Dereference) {
  if (!value) return [];
  const resolved = dereference(value);
  const node = resolveNode(resolved.file.source, resolved.node);
  if (!isSeq(node)) return [];
  return seqItems(resolved.file.source, node).flatMap((item) => readImage({ file: resolved.file, node: item }, dereference) ?? []);
}

function readEnvironment(key: GitlabEnvironment['key'], value: NodeInFile, dereference: Dereference): GitlabEnvironment {
  const resolved = dereference(value);
  if (!isMap(resolveNode(resolved.file.source, resolved.node))) return { key, name: readGitlabScalar(resolved), action: undefined };
  const field = (name: string) => readGitlabScalar(childOf(resolved, name) ?? { file: resolved.file, node: undefined });
  return { key, name: field('name'), action: field('action') };
}

/**
 * Follows `!reference [job, key, subkey…]` to the value it names (in whatever file defines it),
 * up to GitLab's nesting limit; a reference that names nothing yields an empty value.
 */
function createDereference(definitions: Map<string, Definition[]>): Dereference {
  const follow = (value: NodeInFile, depth: number): NodeInFile => {
    const node = resolveNode(value.file.source, value.node);
    if (!isSeq(node) || node.tag !== '!reference') return value;
    if (depth >= maxReferenceDepth) return { file: value.file, node: undefined };
    const path = seqItems(value.file.source, node).map((item) => (isScalar(item) ? String(item.value) : ''));
    const [name, ...keys] = path;
    let target = firstValue((definitions.get(name ?? '') ?? []).filter((definition) => keys.length === 0 || childOf({ file: definition.file, node: definition.item.value }, keys[0]!)));
    for (const key of keys) target = target ? childOf(follow(target, depth + 1), key) : undefined;
    return target ? follow(target, depth + 1) : { file: value.file, node: undefined };
  };
  return (value) => follow(value, 0);
}
