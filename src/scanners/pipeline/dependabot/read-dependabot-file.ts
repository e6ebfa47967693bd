import { isMap, isSeq } from 'yaml';
import type { ScanError } from '../../../core/finding.ts';
import { parseYamlSource } from '../parse-yaml-source.ts';
import { readScalar } from '../read-model-nodes.ts';
import { entry, mapEntries, NodeBudgetExceeded, resolveNode, seqItems, spanOf, type YamlSource } from '../yaml-source.ts';
import type { DependabotFile, DependabotRegistry, DependabotUpdate } from './dependabot-model.ts';

export type DependabotReadResult = { file: DependabotFile; errors: [] } | { file: undefined; errors: ScanError[] };

/** Registry fields that hold a secret; `username` and `url` do not. */
const credentialFields = ['password', 'token', 'key'];

/** Parses a Dependabot configuration; every problem is a ScanError with a line, never a throw. */
export function readDependabotFile(path: string, text: string): DependabotReadResult {
  const parsed = parseYamlSource(text);
  const failure = (message: string, offset: number): DependabotReadResult => ({ file: undefined, errors: [{ path, code: 'RAMPART_E_PARSE', message, line: parsed.lineCounter.linePos(offset).line }] });
  if (!parsed.source) return failure(parsed.message, parsed.offset);
  const source = parsed.source;
  try {
    const root = resolveNode(source, source.doc.contents);
    if (!isMap(root)) return failure('not a Dependabot configuration: the document is not a mapping', root ? spanOf(root).start : 0);
    const entries = mapEntries(source, root);
    const updates = entry(entries, 'updates');
    if (!updates) return failure('not a Dependabot configuration: `updates:` is missing', spanOf(root).start);
    if (!isSeq(updates.value)) return failure('not a Dependabot configuration: `updates:` is not a list', updates.keySpan.start);
    return {
      file: { kind: 'dependabot', path, source, updates: readUpdates(source, updates.value), registries: readRegistries(source, entry(entries, 'registries')?.value) },
      errors: [],
    };
  } catch (cause) {
    if (cause instanceof NodeBudgetExceeded) return failure(cause.message, 0);
    throw cause;
  }
}

function readUpdates(source: YamlSource, node: unknown): DependabotUpdate[] {
  return seqItems(source, node).flatMap((item, index) => {
    if (!isMap(item)) return [];
    const entries = mapEntries(source, item);
    const field = (key: string) => readScalar(source, entry(entries, key)?.value);
    const cooldown = entry(entries, 'cooldown');
    const span = spanOf(item);
    return [
      {
        anchor: { keySpan: entries[0]?.keySpan ?? span, yamlPath: ['updates', index] },
        span,
        ecosystem: field('package-ecosystem'),
        directory: field('directory') ?? field('directories'),
        externalCodeExecution: field('insecure-external-code-execution'),
        cooldown: cooldown && { keySpan: cooldown.keySpan, defaultDays: readScalar(source, entry(mapEntries(source, cooldown.value), 'default-days')?.value) },
      },
    ];
  });
}

function readRegistries(source: YamlSource, node: unknown): DependabotRegistry[] {
  return mapEntries(source, node).map((item) => {
    const entries = mapEntries(source, item.value);
    const credentials = credentialFields.flatMap((field) => {
      const value = readScalar(source, entry(entries, field)?.value);
      return value ? [{ field, value }] : [];
    });
    return { name: item.key, keySpan: item.keySpan, type: readScalar(source, entry(entries, 'type')?.value), credentials };
  });
}
