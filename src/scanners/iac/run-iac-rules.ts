import type { FindingDraft, ScanError } from '../../core/finding.ts';
import type { IacWorld } from './formats/iac-format-reader.ts';
import { positionOf, valueAt, type IacResource } from './iac-resource.ts';
import type { IacValue } from './iac-value.ts';
import type { IacRule, IacVerdict } from './iac-rule.ts';
import type { ResourceGraph } from './resource-graph.ts';

export interface RuleTally {
  pass: number;
  fail: number;
  unknown: number;
}

export interface IacRuleRun {
  drafts: FindingDraft[];
  errors: ScanError[];
  /** Outcomes per rule id, for compliance summaries: resources a rule never judged are "not applicable". Plain data, as the scan report carries it. */
  tallies: Record<string, RuleTally>;
}

export interface IacRunOptions {
  /** Report unknown verdicts as low-confidence findings instead of dropping them. */
  reportUnknown?: boolean;
  /** The same resources under other assumptions about what is unknown (`IacReadResult.worlds`). */
  worlds?: readonly IacWorld[];
}

/**
 * Runs every rule of the resources' format on each resource of a type the rule names. A rule
 * that throws becomes an error naming the rule and resource; the other rules still run.
 */
export function runIacRules(resources: readonly IacResource[], graph: ResourceGraph, rules: readonly IacRule[], options: IacRunOptions = {}): IacRuleRun {
  // No prototype: a custom rule may be called `constructor`.
  const run: IacRuleRun = { drafts: [], errors: [], tallies: Object.create(null) as Record<string, RuleTally> };
  const rulesByType = indexRulesByType(rules);
  for (let resourceIndex = 0; resourceIndex < resources.length; resourceIndex++) {
    const resource = resources[resourceIndex]!;
    const applicable = applicableRules(rulesByType, resource);
    for (let ruleIndex = 0; ruleIndex < applicable.length; ruleIndex++) {
      const rule = applicable[ruleIndex]!;
      let judgement: Judgement;
      try {
        judgement = judge(rule, resource, graph, options.worlds);
      } catch (cause) {
        run.errors.push({ path: resource.path, line: resource.startLine, code: 'RAMPART_E_RULE', message: `${rule.id} on ${resource.address}: ${(cause as Error).message}` });
        continue;
      }
      const { verdicts, resource: judged } = judgement;
      for (let index = 0; index < verdicts.length; index++) {
        const verdict = verdicts[index]!;
        recordVerdict(run, rule, judged, judged.partial ? judgedOnWrittenValues(judged, judged.partial.reason, verdict) : verdict, options);
      }
    }
  }
  return run;
}

export interface Judgement {
  verdicts: readonly IacVerdict[];
  /** The resource the verdicts are about: the one given, or its copy in the world that decided (for positions). */
  resource: IacResource;
}

/** One rule on one resource, as the engine judges it: with the worlds when the rule cannot decide. Throws what the rule throws. */
export function judge(rule: IacRule, resource: IacResource, graph: ResourceGraph, worlds?: readonly IacWorld[]): Judgement {
  const verdicts = verdictsOf(rule, resource, graph);
  if (worlds && isUndecided(verdicts)) return failedInEveryWorld(rule, resource.address, worlds) ?? { verdicts, resource };
  return { verdicts, resource };
}

function verdictsOf(rule: IacRule, resource: IacResource, graph: ResourceGraph): readonly IacVerdict[] {
  const result = rule.check(resource, { graph });
  return Array.isArray(result) ? result : [result as IacVerdict];
}

function isUndecided(verdicts: readonly IacVerdict[]): boolean {
  return verdicts.some((verdict) => verdict.outcome === 'unknown') && !verdicts.some((verdict) => verdict.outcome === 'fail');
}

/**
 * A rule that could not decide, asked again in each world (`IacRunOptions.worlds`): when it fails
 * the resource in all of them, the unknown part does not matter, and the last world's failures
 * (with its resource, for positions) stand. Anything else, including a rule that throws there,
 * leaves the verdict unknown.
 */
function failedInEveryWorld(rule: IacRule, address: string, worlds: readonly IacWorld[]): { verdicts: IacVerdict[]; resource: IacResource } | undefined {
  let decided: { verdicts: IacVerdict[]; resource: IacResource } | undefined;
  for (const world of worlds) {
    const resource = world.resources.get(address);
    if (!resource) return undefined;
    let verdicts: readonly IacVerdict[];
    try {
      verdicts = verdictsOf(rule, resource, world.graph);
    } catch {
      return undefined;
    }
    if (verdicts.length === 0 || verdicts.some((verdict) => verdict.outcome !== 'fail')) return undefined;
    decided = {
      verdicts: verdicts.map((verdict) => (verdict.outcome === 'fail' ? { ...verdict, message: `${verdict.message} (whether its dynamic blocks over unknown collections produce blocks or not)` } : verdict)),
      resource,
    };
  }
  return decided;
}

function recordVerdict(run: IacRuleRun, rule: IacRule, resource: IacResource, verdict: IacVerdict, options: IacRunOptions): void {
  const tally = (run.tallies[rule.id] ??= { pass: 0, fail: 0, unknown: 0 });
  tally[verdict.outcome]++;
  if (verdict.outcome === 'pass') return;
  if (verdict.outcome === 'unknown' && !options.reportUnknown) return;
  const position = positionOf(resource, verdict.path);
  const message = verdict.outcome === 'fail' ? verdict.message : `could not be checked: ${verdict.reason}`;
  const detail = verdict.outcome === 'fail' ? (verdict.detail ?? verdict.path ?? '') : (verdict.path ?? '');
  const draft: FindingDraft = {
    ruleId: rule.id,
    message: `${resource.address}: ${message}`,
    startLine: position.line,
    startColumn: position.column,
    endLine: position.line,
    endColumn: position.column,
    fingerprintContent: `${resource.address}\0${detail}`,
  };
  if (resource.path) draft.path = resource.path;
  if (verdict.outcome === 'unknown') draft.confidence = 'low';
  else {
    if (verdict.severity) draft.severity = verdict.severity;
    if (verdict.confidence) draft.confidence = verdict.confidence;
  }
  const skip = skipReason(rule, resource) ?? resource.ignoredLines?.get(position.line);
  if (skip !== undefined) draft.suppressedBy = skip;
  run.drafts.push(draft);
}

/**
 * A fragment (a Kustomize patch) fails only where the rule points at a value the fragment writes
 * itself, a scalar that wins over the base when merged (`privileged: true`, an image tag). A
 * failure about a missing or partly written setting may be satisfied by the base: unknown.
 */
function judgedOnWrittenValues(resource: IacResource, reason: string, verdict: IacVerdict): IacVerdict {
  if (verdict.outcome !== 'fail') return verdict;
  if (verdict.path !== undefined && isScalar(valueAt(resource, verdict.path))) return verdict;
  return { outcome: 'unknown', reason: `${reason}; the merged object decides`, ...(verdict.path === undefined ? {} : { path: verdict.path }) };
}

function isScalar(value: IacValue | undefined): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A skip comment inside the resource naming this rule or one of its peer ids (`#checkov:skip=CKV_AWS_19:…`). */
function skipReason(rule: IacRule, resource: IacResource): string | undefined {
  if (!resource.skips) return undefined;
  for (const id of [rule.id, ...(rule.equivalents ?? [])]) {
    const reason = resource.skips.get(id);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** The rules for the resource's type, then those for every type of its format, as one list built once per type. */
function applicableRules(rulesByType: Map<string, IacRule[]>, resource: IacResource): readonly IacRule[] {
  const key = `${resource.format}\0${resource.type}\0+`;
  let rules = rulesByType.get(key);
  if (!rules) {
    rules = [...(rulesByType.get(`${resource.format}\0${resource.type}`) ?? []), ...(rulesByType.get(`${resource.format}\0*`) ?? [])];
    rulesByType.set(key, rules);
  }
  return rules;
}

/** Indexes already built, per rule list: the scanner passes the same list for every file. */
const indexesByRules = new WeakMap<readonly IacRule[], Map<string, IacRule[]>>();

function indexRulesByType(rules: readonly IacRule[]): Map<string, IacRule[]> {
  const cached = indexesByRules.get(rules);
  if (cached) return cached;
  const index = new Map<string, IacRule[]>();
  indexesByRules.set(rules, index);
  for (const rule of rules) {
    for (const type of rule.resourceTypes) {
      const key = `${rule.format}\0${type}`;
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
  }
  return index;
}
