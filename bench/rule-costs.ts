import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretRule } from '../src/scanners/secrets/secret-rule.ts';
import { renderTable } from './results-table.ts';

interface CorpusText {
  path: string;
  text: string;
  lower: string;
}

export interface RuleCost {
  id: string;
  activeFiles: number;
  activeBytes: number;
  regexMs: number;
  matches: number;
}

/** Files rampart would scan anyway; larger ones are skipped by its default size limit. */
const maxFileBytes = 10 * 1024 * 1024;

/**
 * For each secret rule: on how much of the corpus its keywords let it run, and how long its
 * regex takes there (single thread, no validation). A rule with a common keyword and a slow
 * pattern is where optimising the engine or the rule pays off first.
 */
export function measureRuleCosts(treeDir: string, rules: readonly SecretRule[]): RuleCost[] {
  const corpus = readCorpus(treeDir);
  return rules
    .map((rule) => {
      const active = corpus.filter((file) => isActive(rule, file));
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
      let matches = 0;
      const started = performance.now();
      for (const file of active) {
        pattern.lastIndex = 0;
        while (pattern.exec(file.text) !== null) {
          matches++;
          if (pattern.lastIndex === 0) break;
        }
      }
      const regexMs = performance.now() - started;
      const activeBytes = active.reduce((sum, file) => sum + file.text.length, 0);
      return { id: rule.id, activeFiles: active.length, activeBytes, regexMs, matches };
    })
    .sort((a, b) => b.regexMs - a.regexMs);
}

export function renderRuleCosts(costs: readonly RuleCost[], corpusBytes: number, top = 25): string {
  const totalMs = costs.reduce((sum, cost) => sum + cost.regexMs, 0);
  const rows = costs.slice(0, top).map((cost) => [
    cost.id,
    `${cost.regexMs.toFixed(0)} ms`,
    `${((100 * cost.regexMs) / totalMs).toFixed(1)}%`,
    String(cost.activeFiles),
    `${((100 * cost.activeBytes) / corpusBytes).toFixed(0)}%`,
    String(cost.matches),
  ]);
  return `all ${costs.length} rules' regexes: ${totalMs.toFixed(0)} ms on one thread\n${renderTable(['rule', 'regex time', 'share', 'files run on', 'of corpus', 'raw matches'], rows)}`;
}

function isActive(rule: SecretRule, file: CorpusText): boolean {
  if (rule.appliesTo && !rule.appliesTo.test(file.path)) return false;
  return rule.keywords.length === 0 || rule.keywords.some((keyword) => file.lower.includes(keyword.toLowerCase()));
}

function readCorpus(treeDir: string): CorpusText[] {
  const files: CorpusText[] = [];
  const walk = (directory: string, relative: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(directory, entry.name), path);
      else if (entry.isFile()) {
        const buffer = readFileSync(join(directory, entry.name));
        // NUL in the first 8 KiB marks a binary, as rampart decides it.
        if (buffer.length > maxFileBytes || buffer.subarray(0, 8192).includes(0)) continue;
        const text = buffer.toString('utf8');
        files.push({ path, text, lower: text.toLowerCase() });
      }
    }
  };
  walk(treeDir, '');
  return files;
}
