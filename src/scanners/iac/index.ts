import type { IacConfig } from '../../core/config.ts';
import type { FileScanOutput, Scanner } from '../../core/scanner.ts';
import type { SourceFile, SourceText } from '../../core/source-file.ts';
import { iacFormatReaders } from './formats/index.ts';
import type { IacFormatReader } from './formats/iac-format-reader.ts';
import { ResourceGraph } from './resource-graph.ts';
import { iacRules } from './rules/index.ts';
import { runIacRules } from './run-iac-rules.ts';
import { compileCustomRule } from './custom/compile-custom-rule.ts';
import type { IacRule } from './iac-rule.ts';
import { RampartError } from '../../core/errors.ts';

/** `config` is the validated `iac:` section of rampart.yaml. */
export function createIacScanner(config: IacConfig = {}): Scanner {
  const rules = withCustomRules(config);
  const session = new Map<string, unknown>();
  return {
    name: 'iac',
    rules: () => rules,
    // Diff fragments from history are not whole documents; they are left to the secrets scanner.
    claims: (file: SourceFile) => !file.isDiffFragment && iacFormatReaders.some((reader) => reader.claimsPath(file.path)),
    scanFile: (file: SourceFile, source: SourceText) => scanIacText(file, source.text, config, iacFormatReaders, rules, session),
  };
}

/** Built-in rules plus the user's `iac.customRules`, which may not reuse a built-in id. */
function withCustomRules(config: IacConfig): readonly IacRule[] {
  const custom = (config.customRules ?? []).map(compileCustomRule);
  const builtInIds = new Set(iacRules.map((rule) => rule.id));
  const clash = custom.find((rule) => builtInIds.has(rule.id));
  if (clash) throw new RampartError('RAMPART_E_CONFIG', `custom IaC rule id "${clash.id}" is already a built-in rule`, { hint: 'give custom rules their own ids, e.g. with your organisation as prefix' });
  return [...iacRules, ...custom];
}

/** Reads the file with the first format that takes it, then runs that format's rules on its resources. */
export function scanIacText(
  file: SourceFile,
  text: string,
  config: IacConfig = {},
  readers: readonly IacFormatReader[] = iacFormatReaders,
  allRules: readonly IacRule[] = iacRules,
  /** Per-scanner memo readers share across files (a Terraform module evaluated once). */
  session?: Map<string, unknown>,
): FileScanOutput {
  const reader = readers.find((candidate) => candidate.claimsPath(file.path) && (!candidate.sniff || candidate.sniff(file.path, text)));
  if (!reader) return { drafts: [], errors: [] };
  const read = reader.read(file, text, {
    ...(config.variables ? { variables: config.variables } : {}),
    ...(config.varFiles ? { varFiles: config.varFiles } : {}),
    ...(config.varFileTexts ? { varFileTexts: config.varFileTexts } : {}),
    ...(session ? { session } : {}),
  });
  const rules = rulesOfFormat(allRules, reader.format);
  const run = runIacRules(read.resources, read.graph ?? new ResourceGraph(read.resources), rules, { reportUnknown: config.reportUnknown ?? false, ...(read.worlds ? { worlds: read.worlds } : {}) });
  return { drafts: run.drafts, errors: [...read.errors, ...run.errors], notices: read.notices, ruleOutcomes: run.tallies };
}

/** Rule lists per format, kept per full list so every file of a format gets the same array (and its index is built once). */
const rulesByFormat = new WeakMap<readonly IacRule[], Map<string, readonly IacRule[]>>();

function rulesOfFormat(allRules: readonly IacRule[], format: string): readonly IacRule[] {
  let byFormat = rulesByFormat.get(allRules);
  if (!byFormat) {
    byFormat = new Map();
    rulesByFormat.set(allRules, byFormat);
  }
  let rules = byFormat.get(format);
  if (!rules) {
    rules = allRules.filter((rule) => rule.format === format);
    byFormat.set(format, rules);
  }
  return rules;
}
