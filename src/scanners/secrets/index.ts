import type { FindingDraft } from '../../core/finding.ts';
import type { SecretsConfig } from '../../core/config.ts';
import type { Scanner } from '../../core/scanner.ts';
import type { SourceFile, SourceText } from '../../core/source-file.ts';
import { decodeKubernetesSecretData, type DecodedValue } from './decoders/kubernetes-secret-data.ts';
import { SecretEngine } from './engine.ts';
import { secretRules } from './rules/index.ts';

export function createSecretsScanner(config: SecretsConfig = {}): Scanner {
  const engine = new SecretEngine(secretRules, config);
  return {
    name: 'secrets',
    // A secret in a file a later layer deleted is still in the image for anyone who pulls it.
    scansShadowedFiles: true,
    rules: () => engine.rules,
    // Every text file may hold a secret; binaries are already dropped by the source.
    claims: () => true,
    scanFile(file: SourceFile, source: SourceText) {
      const drafts = engine.scan(source.text, file.path);
      if (!isYamlPath(file.path)) return { drafts, errors: [] };
      const decoded = decodeKubernetesSecretData(source.text);
      if (decoded.length === 0) return { drafts, errors: [] };
      // An encoded value is judged by what it decodes to: the generic rule's verdict on the base64 text is dropped.
      const genericRuleIds = new Set(engine.rules.filter((rule) => rule.isGeneric).map((rule) => rule.id));
      const outsideDecoded = drafts.filter((draft) => !genericRuleIds.has(draft.ruleId) || !decoded.some((value) => value.line === draft.startLine && draft.startColumn >= value.column && draft.startColumn < value.endColumn));
      return { drafts: [...outsideDecoded, ...scanDecodedValues(engine, decoded, file.path)], errors: [] };
    },
  };
}

/** Findings inside decoded values point at the encoded value, where a fix has to happen. */
function scanDecodedValues(engine: SecretEngine, values: readonly DecodedValue[], path: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const decoded of values) {
    for (const draft of engine.scan(decoded.text, path)) {
      drafts.push({
        ...draft,
        message: `${draft.message} (base64-decoded from a Kubernetes Secret)`,
        startLine: decoded.line,
        startColumn: decoded.column,
        endLine: decoded.line,
        endColumn: decoded.endColumn,
      });
    }
  }
  return drafts;
}


function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path) || path === '<stdin>';
}
