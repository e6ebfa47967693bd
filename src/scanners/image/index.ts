import type { FindingDraft, ScanError } from '../../core/finding.ts';
import type { Scanner } from '../../core/scanner.ts';
import { imageConfigPath, type SourceFile, type SourceText } from '../../core/source-file.ts';
import { readImageConfig } from './image-config-model.ts';
import { imageRules } from './rules/index.ts';

/** Judges a container image's configuration (user, health check, ports, history, environment); claims only the image config `rampart image` yields. */
export function createImageConfigScanner(): Scanner {
  return {
    name: 'image',
    rules: () => imageRules,
    claims: (file: SourceFile) => file.path === imageConfigPath,
    scanFile: (file: SourceFile, source: SourceText) => scanImageConfigText(file.path, source.text),
  };
}

export function scanImageConfigText(path: string, text: string): { drafts: FindingDraft[]; errors: ScanError[] } {
  const read = readImageConfig(path, text);
  if (!read.model) return { drafts: [], errors: read.errors };
  const drafts: FindingDraft[] = [];
  const errors: ScanError[] = [];
  for (const rule of imageRules) {
    try {
      drafts.push(...rule.check(read.model));
    } catch (cause) {
      errors.push({ path, code: 'RAMPART_E_RULE', message: `${rule.id}: ${(cause as Error).message}` });
    }
  }
  return { drafts, errors };
}
