import { readFileSync } from 'node:fs';
import type { CommandSpec } from '../measure.ts';
import type { ToolPaths } from './install-tools.ts';

/**
 * secretlint with its recommended preset over the given folders, .gitignore files ignored like
 * rampart's --no-gitignore. The unix formatter prints one line per finding; the JSON formatter
 * would echo every file's source and distort the timing.
 */
export function secretlintSpec(tools: ToolPaths, dirs: readonly string[], outputPath: string, timeoutMs: number): CommandSpec {
  return {
    command: process.execPath,
    args: [tools.secretlintBin, '--secretlintrc', tools.secretlintConfig, '--no-color', '--no-gitignore', '--format', 'unix', ...dirs.map((dir) => `${dir}/**/*`)],
    cwd: tools.toolsDir,
    stdoutPath: outputPath,
    timeoutMs,
  };
}

/** Findings are the "path:line:column: message" lines of the unix format. */
export function readSecretlintFindingCount(outputPath: string): number {
  // A path, a line number and a column, each followed by a colon.
  const findingLine = /^.+:\d+:\d+: /;
  return readFileSync(outputPath, 'utf8')
    .split('\n')
    .filter((line) => findingLine.test(line)).length;
}
