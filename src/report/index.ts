import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';
import { markdownReporter } from './markdown.ts';
import type { Reporter } from './reporter.ts';
import { sarifReporter } from './sarif.ts';
import { tableReporter } from './table.ts';

/** Registry of output formats; `--format` accepts exactly these names. */
export const reporters = [tableReporter, jsonReporter, sarifReporter, junitReporter, markdownReporter] as const satisfies readonly Reporter[];

export const reportFormats: readonly string[] = reporters.map((reporter) => reporter.format);

export function findReporter(format: string): Reporter | undefined {
  return reporters.find((reporter) => reporter.format === format);
}
