import type { FindingDraft } from '../../core/finding.ts';
import type { SecretsConfig } from '../../core/config.ts';
import type { Scanner } from '../../core/scanner.ts';
import type { SourceFile, SourceText } from '../../core/source-file.ts';
import { decodeKubernetesSecretData } from './decoders/kubernetes-secret-data.ts';
import { SecretEngine } from './engine.ts';
import { secretRules } from './rules/index.ts';

export function createSecretsScanner(config: SecretsConfig = {}): Scanner {
  const engine = new SecretEngine(secretRules, config);
  return {
    name: 'secrets',
    rules: () => engine.rules,
    // Every text file may hold a secret; binaries are already dropped by the source.
    claims: () => true,
    scanFile(file: SourceFile, source: SourceText) {
      const drafts = engine.scan(source.text, file.path);
      if (/\.ya?ml$/i.test(file.path)) drafts.push(...scanDecodedValues(engine, source.text, file.path));
      return { drafts, errors: [] };
    },
  };
}

/** Findings inside decoded values point at the encoded value, where a fix has to happen. */
function scanDecodedValues(engine: SecretEngine, text: string, path: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const decoded of decodeKubernetesSecretData(text)) {
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

