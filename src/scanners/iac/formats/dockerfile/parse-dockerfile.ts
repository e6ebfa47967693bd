import { UnknownValue } from '../../iac-value.ts';
import type { DockerfileModel, DockerInstruction, DockerKeyValue, DockerStage } from './dockerfile-model.ts';
import { expandVariables, hasUnknown, showUnknown, unknownMarker, type ExpandOptions } from './expand-variables.ts';
import { parseImageReference } from './image-reference.ts';
import { readInstructionArguments, readPairs, splitWords } from './instruction-arguments.ts';
import { splitInstructions, type RawInstruction, type SplitProblem } from './split-instructions.ts';

/** Instructions whose arguments Docker expands with ARG and ENV values before running them. */
const expandingKeywords: ReadonlySet<string> = new Set(['ADD', 'COPY', 'ENV', 'ARG', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ONBUILD']);

/** Build arguments BuildKit defines for every build; their values depend on where it runs. */
const platformArguments = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];

/** Inherited ENV entries copied into a child stage, at most. */
const maxInheritedVariables = 2000;

export interface ParsedDockerfile {
  model: DockerfileModel;
  problems: SplitProblem[];
}

/** Stage-by-stage walk: each instruction sees the ARG and ENV values declared before it. */
interface WalkState {
  escape: string;
  globalScope: Map<string, string>;
  /** Variables visible in the current stage (declared ARGs, ENV, inherited ENV). */
  scope: Map<string, string>;
  /** ENV of each stage, which a later `FROM <stage>` inherits. */
  stageEnv: Map<string, string>[];
  /** Stage index by name (the first stage of that name), for `FROM <stage>`. */
  stageByName: Map<string, number>;
  model: DockerfileModel;
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const split = splitInstructions(text);
  const model: DockerfileModel = { directives: split.directives, instructions: [], globalArgs: [], stages: [], comments: split.comments };
  const state: WalkState = {
    escape: split.directives.escape,
    globalScope: new Map(platformArguments.map((name) => [name, unknownMarker])),
    scope: new Map(),
    stageEnv: [],
    stageByName: new Map(),
    model,
  };
  for (const raw of split.instructions) {
    const instruction = raw.keyword === 'FROM' ? startStage(raw, state) : readInStage(raw, state);
    instruction.index = model.instructions.length;
    model.instructions.push(instruction);
  }
  return { model, problems: split.problems };
}

function startStage(raw: RawInstruction, state: WalkState): DockerInstruction {
  const parsed = readInstructionArguments('FROM', raw.text);
  const options: ExpandOptions = { escape: state.escape, removeQuotes: false, undeclared: 'empty' };
  const expanded = expandVariables(parsed.rest, state.globalScope, options);
  const words = splitWords(expanded);
  const imageText = words[0] ?? '';
  const writtenImage = splitWords(parsed.rest)[0] ?? '';
  const index = state.model.stages.length;
  const instruction = buildInstruction(raw, parsed, index, expanded, []);
  const stage: DockerStage = { index, from: instruction, image: parseImageReference(imageText, writtenImage), instructions: [] };
  if (words[1]?.toLowerCase() === 'as' && words[2]) stage.name = showUnknown(words[2]).toLowerCase();
  const platform = parsed.flags.platform?.[0];
  if (platform !== undefined) {
    const expandedPlatform = expandVariables(platform, state.globalScope, options);
    stage.platform = hasUnknown(expandedPlatform) ? new UnknownValue(`--platform=${platform} is decided at build time`) : expandedPlatform;
  }
  const parentIndex = state.stageByName.get(imageText.toLowerCase());
  if (parentIndex !== undefined) stage.parentStage = parentIndex;
  if (stage.name !== undefined && !state.stageByName.has(stage.name)) state.stageByName.set(stage.name, index);
  // A huge inherited ENV is not copied (stage chains would make that quadratic); its variables
  // then read as undeclared, which inside a stage means unknown.
  const parentEnv = parentIndex !== undefined ? state.stageEnv[parentIndex]! : undefined;
  const env = new Map(parentEnv && parentEnv.size <= maxInheritedVariables ? parentEnv : []);
  state.stageEnv.push(env);
  state.scope = new Map(env);
  state.model.stages.push(stage);
  return instruction;
}

function readInStage(raw: RawInstruction, state: WalkState): DockerInstruction {
  const stageIndex = state.model.stages.length - 1;
  const isGlobal = stageIndex < 0;
  const scope = isGlobal ? state.globalScope : state.scope;
  const options: ExpandOptions = { escape: state.escape, removeQuotes: false, undeclared: isGlobal ? 'empty' : 'unknown' };
  const parsed = readInstructionArguments(raw.keyword, raw.text);
  const expanded = expandingKeywords.has(raw.keyword) ? expandVariables(parsed.rest, scope, options) : parsed.rest;
  const pairs = raw.keyword === 'ENV' || raw.keyword === 'ARG' || raw.keyword === 'LABEL' ? readKeyValues(raw.keyword, parsed.rest, scope, state, { ...options, removeQuotes: true }) : [];
  const instruction = buildInstruction(raw, parsed, stageIndex, expanded, pairs);
  if (isGlobal) {
    if (raw.keyword === 'ARG') state.model.globalArgs.push(instruction);
  } else {
    state.model.stages[stageIndex]!.instructions.push(instruction);
  }
  declareVariables(raw.keyword, pairs, state, isGlobal);
  return instruction;
}

/** Pairs with their values expanded against the variables declared before this instruction. */
function readKeyValues(keyword: string, text: string, scope: ReadonlyMap<string, string>, state: WalkState, options: ExpandOptions): DockerKeyValue[] {
  return readPairs(keyword, text).map(({ key, rawValue }) => {
    const pair: DockerKeyValue = { key };
    if (rawValue === undefined) {
      // `ARG NAME` inside a stage takes the global ARG's value; without one it is unknown.
      if (keyword === 'ARG') pair.expanded = toValue(scope === state.globalScope ? unknownMarker : (state.globalScope.get(key) ?? unknownMarker), `build argument ${key} has no default`);
      return pair;
    }
    pair.value = expandVariables(rawValue, scope, { ...options, keepVariables: true });
    pair.expanded = toValue(expandVariables(rawValue, scope, options), `${key} is built from a variable without a known value`);
    return pair;
  });
}

function declareVariables(keyword: string, pairs: readonly DockerKeyValue[], state: WalkState, isGlobal: boolean): void {
  if (keyword !== 'ARG' && keyword !== 'ENV') return;
  const scope = isGlobal ? state.globalScope : state.scope;
  for (const pair of pairs) {
    const value = typeof pair.expanded === 'string' ? pair.expanded : unknownMarker;
    scope.set(pair.key, value);
    if (keyword === 'ENV' && !isGlobal) state.stageEnv[state.stageEnv.length - 1]!.set(pair.key, value);
  }
}

function buildInstruction(raw: RawInstruction, parsed: ReturnType<typeof readInstructionArguments>, stageIndex: number, expanded: string, pairs: DockerKeyValue[]): DockerInstruction {
  return {
    index: -1,
    keyword: raw.keyword,
    line: raw.line,
    endLine: raw.endLine,
    stageIndex,
    flags: parsed.flags,
    text: parsed.rest,
    form: parsed.form,
    arguments: parsed.arguments,
    expanded: toValue(expanded, `"${clip(parsed.rest)}" uses a variable without a known value`),
    heredocs: raw.heredocs,
    pairs,
  };
}

function toValue(expanded: string, reason: string): string | UnknownValue {
  return hasUnknown(expanded) ? new UnknownValue(reason) : expanded;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
