import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { RampartError } from './errors.ts';
import type { Confidence, Severity } from './severity.ts';

export type FailOn = Severity | 'never';

export interface ConfigException {
  rule: string;
  paths?: string[];
  fingerprint?: string;
  reason: string;
  expires: string;
}

export interface CustomSecretRuleConfig {
  id: string;
  title?: string;
  pattern: string;
  keywords?: string[];
  entropy?: number;
  severity?: Severity;
  confidence?: Confidence;
  description?: string;
  remediation?: string;
  allowlist?: string[];
}

export interface SecretsConfig {
  disable?: string[];
  allowlist?: { values?: string[]; paths?: string[] };
  rules?: CustomSecretRuleConfig[];
}

export type PermissionLevelLimit = 'read' | 'write' | 'none';

/** One thing that must run before a deploy job: a job id, or a job with a step running or using something. */
export type DeployPrerequisite = { job: string } | { run: string } | { uses: string };

/** Organisation policy for CI pipelines; every part is off until set. */
export interface PipelinePolicy {
  uses?: { allow?: string[]; deny?: string[]; tagsAllowedFor?: string[] };
  deploy?: { requireEnvironment?: boolean; requiredBefore?: DeployPrerequisite[] };
  maxPermissions?: 'read-all' | Record<string, PermissionLevelLimit>;
  forbidSelfHostedRunnersOnForkTriggers?: boolean;
}

export interface PipelineConfig {
  policy?: PipelinePolicy;
}

/**
 * A condition of a custom IaC rule: one attribute test, or a combination. Validated by
 * schemas/config.schema.json (`$defs.iacCondition`); evaluated by the iac scanner with unknown
 * values kept unknown.
 */
export interface IacConditionSpec {
  attribute?: string;
  exists?: boolean;
  equals?: unknown;
  notEquals?: unknown;
  oneOf?: unknown[];
  notOneOf?: unknown[];
  matches?: string;
  notMatches?: string;
  greaterThan?: number;
  greaterOrEqual?: number;
  lessThan?: number;
  lessOrEqual?: number;
  contains?: unknown;
  notContains?: unknown;
  all?: IacConditionSpec[];
  any?: IacConditionSpec[];
  none?: IacConditionSpec[];
  connected?: { type: string; attribute?: string; targetAttribute?: string; where?: IacConditionSpec };
}

export interface IacCustomRuleSpec {
  id: string;
  title: string;
  severity: Severity;
  confidence?: Confidence;
  format: 'terraform' | 'cloudformation' | 'kubernetes' | 'dockerfile';
  resourceTypes: string[];
  condition: IacConditionSpec;
  message?: string;
  description: string;
  remediation: string;
  tags?: string[];
  equivalents?: string[];
}

/** Settings of the iac scanner. */
export interface IacConfig {
  reportUnknown?: boolean;
  variables?: Record<string, string>;
  varFiles?: string[];
  /** Set by `rampart scan --var-file`, never by a config file: the files' text, read by the CLI (they may lie outside the scanned tree). */
  varFileTexts?: { path: string; text: string }[];
  customRules?: IacCustomRuleSpec[];
  /** Resolved against the config file's folder and merged into `customRules` by `loadConfig`. */
  customRuleFiles?: string[];
}

export interface RampartConfig {
  version?: 1;
  scanners?: string[];
  failOn?: FailOn;
  minConfidence?: Confidence;
  maxFileBytes?: number;
  /** Largest file read whole for a binary-parsing scanner (rpm databases, Java archives). */
  maxBinaryFileBytes?: number;
  exclude?: string[];
  exceptions?: ConfigException[];
  secrets?: SecretsConfig;
  pipeline?: PipelineConfig;
  iac?: IacConfig;
}

export interface LoadedConfig {
  config: RampartConfig;
  /** Absolute path of the file read, or undefined when none was found. */
  path: string | undefined;
  /** Line of each exception entry, for notices about expired ones. */
  exceptionLines: number[];
}

export const defaultConfigNames = ['rampart.yaml', '.rampart.yaml', 'rampart.yml', '.rampart.yml'] as const;

const require = createRequire(import.meta.url);
const schemaPath = new URL('../../schemas/config.schema.json', import.meta.url);

let validator: ReturnType<Ajv['compile']> | undefined;
function getValidator(): ReturnType<Ajv['compile']> {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator;
}

/** Finds the config: an explicit --config path must exist; otherwise the default names at the root. */
export function loadConfig(root: string, explicitPath: string | undefined): LoadedConfig {
  const path = explicitPath ?? defaultConfigNames.map((name) => join(root, name)).find((candidate) => existsSync(candidate));
  if (!path) return { config: {}, path: undefined, exceptionLines: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new RampartError('RAMPART_E_CONFIG', `cannot read config file ${path}: ${(cause as Error).message}`, {
      file: path,
      hint: explicitPath ? 'check the --config path' : 'fix the file permissions or remove the file',
      cause,
    });
  }
  return withCustomRuleFiles(parseConfig(text, path));
}

/**
 * Reads the IaC rule files a config names (relative to the config file) and appends their rules
 * to `iac.customRules`. A rule file is a config holding only `iac: { customRules: [...] }`, so it
 * is validated, with line numbers, exactly like the config itself.
 */
function withCustomRuleFiles(loaded: LoadedConfig): LoadedConfig {
  const files = loaded.config.iac?.customRuleFiles ?? [];
  if (files.length === 0 || !loaded.path) return loaded;
  const rules = [...(loaded.config.iac?.customRules ?? [])];
  for (const file of files) {
    const rulePath = resolve(dirname(loaded.path), file);
    let text: string;
    try {
      text = readFileSync(rulePath, 'utf8');
    } catch (cause) {
      throw new RampartError('RAMPART_E_CONFIG', `cannot read IaC rule file ${rulePath} (iac.customRuleFiles in ${loaded.path}): ${(cause as Error).message}`, {
        file: loaded.path,
        hint: 'paths in iac.customRuleFiles are relative to the config file',
        cause,
      });
    }
    const ruleConfig = parseConfig(text, rulePath).config;
    const extraKeys = Object.keys(ruleConfig).filter((key) => key !== 'iac' && key !== 'version');
    const extraIacKeys = Object.keys(ruleConfig.iac ?? {}).filter((key) => key !== 'customRules');
    if (extraKeys.length > 0 || extraIacKeys.length > 0) {
      throw new RampartError('RAMPART_E_CONFIG', `${rulePath}: an IaC rule file may hold only iac.customRules (found ${[...extraKeys, ...extraIacKeys.map((key) => `iac.${key}`)].join(', ')})`, {
        file: rulePath,
        hint: 'move other settings to the main config file',
      });
    }
    rules.push(...(ruleConfig.iac?.customRules ?? []));
  }
  const ids = rules.map((rule) => rule.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new RampartError('RAMPART_E_CONFIG', `custom IaC rule id "${repeated}" is defined twice`, { file: loaded.path, hint: 'give every custom rule its own id' });
  return { ...loaded, config: { ...loaded.config, iac: { ...loaded.config.iac, customRules: rules } } };
}

export function parseConfig(text: string, path: string): LoadedConfig {
  const lineCounter = new LineCounter();
  // Small alias limit: a config never needs many, and it stops alias bombs.
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? lineCounter.linePos(firstError.pos[0]).line;
    throw new RampartError('RAMPART_E_CONFIG', `${path}:${line}: invalid YAML: ${firstError.message.split('\n')[0]}`, {
      file: path,
      line,
      hint: 'fix the YAML syntax; `rampart scan --help` links the config reference',
    });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (cause) {
    throw new RampartError('RAMPART_E_CONFIG', `${path}: ${(cause as Error).message}`, { file: path, cause, hint: 'remove YAML aliases' });
  }
  const validate = getValidator();
  if (!validate(value)) {
    // An if/then failure repeats what the branch's own error says; keep only the branch's.
    const messages = (validate.errors ?? []).filter((error) => error.keyword !== 'if').map((error) => describeSchemaError(error, document, lineCounter, path));
    const first = messages[0]!;
    throw new RampartError('RAMPART_E_CONFIG', messages.map((m) => m.text).join('\n'), {
      file: path,
      line: first.line,
      hint: 'see the "Config file" section of the README, or point your editor at schemas/config.schema.json',
    });
  }
  const config = value as RampartConfig;
  validateRegexes(config, document, lineCounter, path);
  return { config, path, exceptionLines: (config.exceptions ?? []).map((_, index) => lineOf(document, lineCounter, ['exceptions', index])) };
}

function describeSchemaError(error: ErrorObject, document: Document, lineCounter: LineCounter, path: string): { text: string; line: number } {
  const segments = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
  let keyPath = segments;
  let detail = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    keyPath = [...segments, extra];
    detail = `unknown key "${extra}"`;
  } else if (error.keyword === 'enum') {
    detail = `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  const line = lineOf(document, lineCounter, keyPath);
  const where = segments.length ? segments.join('.') : '(top level)';
  return { text: `${path}:${line}: ${where}: ${detail}`, line };
}

function lineOf(document: Document, lineCounter: LineCounter, keyPath: (string | number)[]): number {
  for (let depth = keyPath.length; depth >= 0; depth--) {
    const node = findNode(document, keyPath.slice(0, depth), depth < keyPath.length ? undefined : 'key');
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/** Returns the node at a path; for the last map key, the key node itself so unknown keys point at their line. */
function findNode(document: Document, keyPath: (string | number)[], prefer: 'key' | undefined): Node | undefined {
  let current: unknown = document.contents;
  for (let i = 0; i < keyPath.length; i++) {
    const segment = keyPath[i];
    const isLast = i === keyPath.length - 1;
    if (isMap(current)) {
      const pair = current.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
      if (!pair) return undefined;
      current = isLast && prefer === 'key' ? pair.key : pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
    } else {
      return undefined;
    }
  }
  return current as Node | undefined;
}

function validateRegexes(config: RampartConfig, document: Document, lineCounter: LineCounter, path: string): void {
  const { RE2JS } = require('re2js') as typeof import('re2js');
  const check = (pattern: string, keyPath: (string | number)[]) => {
    try {
      RE2JS.compile(translateNamedGroups(pattern));
    } catch (cause) {
      const line = lineOf(document, lineCounter, keyPath);
      throw new RampartError('RAMPART_E_CONFIG', `${path}:${line}: ${keyPath.join('.')}: invalid RE2 regular expression: ${(cause as Error).message}`, {
        file: path,
        line,
        hint: 'patterns use RE2 syntax: no backreferences or lookaround; name the secret with (?P<secret>…)',
      });
    }
  };
  config.secrets?.rules?.forEach((rule, index) => {
    check(rule.pattern, ['secrets', 'rules', index, 'pattern']);
    rule.allowlist?.forEach((entry, entryIndex) => check(entry, ['secrets', 'rules', index, 'allowlist', entryIndex]));
  });
  config.secrets?.allowlist?.values?.forEach((entry, index) => check(entry, ['secrets', 'allowlist', 'values', index]));
  config.iac?.customRules?.forEach((rule, index) => checkConditionRegexes(rule.condition, ['iac', 'customRules', index, 'condition'], check));
}

function checkConditionRegexes(condition: IacConditionSpec, keyPath: (string | number)[], check: (pattern: string, keyPath: (string | number)[]) => void): void {
  if (condition.matches !== undefined) check(condition.matches, [...keyPath, 'matches']);
  if (condition.notMatches !== undefined) check(condition.notMatches, [...keyPath, 'notMatches']);
  for (const key of ['all', 'any', 'none'] as const) condition[key]?.forEach((child, index) => checkConditionRegexes(child, [...keyPath, key, index], check));
  if (condition.connected?.where) checkConditionRegexes(condition.connected.where, [...keyPath, 'connected', 'where'], check);
}

/** RE2JS accepts (?P<name>…); users coming from JavaScript write (?<name>…). Accept both. */
export function translateNamedGroups(pattern: string): string {
  return pattern.replace(/\(\?<(?![=!])/g, '(?P<');
}
