import { jsonReporter } from './json.ts';
import type { Reporter } from './reporter.ts';
import { tableReporter } from './table.ts';

/** Registry of output formats; `--format` accepts exactly these names. */
export const reporters = [tableReporter, jsonReporter] as const satisfies readonly Reporter[];

export const reportFormats: readonly string[] = reporters.map((reporter) => reporter.format);

export function findReporter(format: string): Reporter | undefined {
  return reporters.find((reporter) => reporter.format === format);
}
