import type { ScanError } from '../../../../core/finding.ts';
import type { RelatedFileReader } from '../../../../core/source-file.ts';
import { UnknownValue, isUnknown, type IacValue } from '../../iac-value.ts';
import type { IacReadOptions } from '../iac-format-reader.ts';
import { evaluate, type EvaluationScope } from './evaluate-expression.ts';
import type { HclBody } from './hcl-syntax.ts';
import { parseHcl } from './parse-hcl.ts';
import { callFunction } from './terraform-functions.ts';

/** A variable file's values, or the problem that kept it from being read. */
interface VariableFile {
  values: Map<string, IacValue>;
  errors: ScanError[];
}

/**
 * Values for a root module's variables, in Terraform's order of precedence (later wins):
 * `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in name order, the config's
 * `iac.varFiles`, `--var-file` files, then `iac.variables` and `--var` values.
 */
export function rootVariableValues(directory: string, related: RelatedFileReader | undefined, options: IacReadOptions): VariableFile {
  const result: VariableFile = { values: new Map(), errors: [] };
  const merge = (file: VariableFile): void => {
    for (const [name, value] of file.values) result.values.set(name, value);
    result.errors.push(...file.errors);
  };
  if (related) {
    const prefix = directory === '' ? '' : `${directory}/`;
    const listed = related.list(directory, { recursive: false, maxEntries: 2000 });
    const automatic = [`${prefix}terraform.tfvars`, `${prefix}terraform.tfvars.json`, ...listed.filter((path) => /\.auto\.tfvars(\.json)?$/.test(path)).sort()];
    for (const path of automatic) {
      const text = listed.includes(path) ? related.read(path) : undefined;
      if (text !== undefined) merge(parseVariableFile(path, text));
    }
    for (const path of options.varFiles ?? []) {
      const text = related.read(path);
      if (text === undefined) result.errors.push({ path, code: 'RAMPART_E_READ', message: `variable file ${path} (iac.varFiles) is not in the scanned tree` });
      else merge(parseVariableFile(path, text));
    }
  }
  for (const file of options.varFileTexts ?? []) merge(parseVariableFile(file.path, file.text));
  for (const [name, raw] of Object.entries(options.variables ?? {})) result.values.set(name, parseVariableValue(raw));
  return result;
}

/** A `.tfvars` (HCL attributes) or `.tfvars.json` (one JSON object) file. */
export function parseVariableFile(path: string, text: string): VariableFile {
  if (path.endsWith('.json')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      return { values: new Map(Object.entries(parsed as Record<string, IacValue>)), errors: [] };
    } catch (cause) {
      return { values: new Map(), errors: [{ path, code: 'RAMPART_E_PARSE', message: `variable file is not valid JSON: ${(cause as Error).message}` }] };
    }
  }
  const parsed = parseHcl(text);
  return {
    values: literalAttributes(parsed.body),
    errors: parsed.errors.map((error) => ({ path, line: error.line, code: 'RAMPART_E_PARSE', message: `Terraform syntax error in a variable file: ${error.message}` })),
  };
}

/**
 * A `-var` value: an HCL literal when it parses as one (`3`, `true`, `["a"]`, `{ k = "v" }`),
 * otherwise the text itself, as Terraform treats `-var env=prod`.
 */
export function parseVariableValue(raw: string): IacValue {
  const parsed = parseHcl(`value = ${raw}\n`);
  if (parsed.errors.length > 0) return raw;
  const value = literalAttributes(parsed.body).get('value');
  return value === undefined || isUnknown(value) ? raw : value;
}

/** Variable files may hold only literal values; anything that refers to something stays unknown. */
const literalScope: EvaluationScope = {
  bindings: new Map(),
  resolve: (name) => ({ value: new UnknownValue(`${name} cannot be referred to in a variable file`), consumed: 0 }),
  call: (name, args, expandLast, scope) => callFunction(name, args, expandLast, scope, () => undefined),
  budget: { remaining: Number.POSITIVE_INFINITY },
};

function literalAttributes(body: HclBody): Map<string, IacValue> {
  const values = new Map<string, IacValue>();
  for (const attribute of body.attributes) values.set(attribute.name, evaluate(attribute.expression, { ...literalScope, budget: { remaining: 100_000 } }));
  return values;
}
