import type { ScanError } from '../../../../core/finding.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import type { IacObject, IacValue } from '../../iac-value.ts';
import type { IacFormatReader } from '../iac-format-reader.ts';
import type { DockerfileModel, DockerInstruction, DockerStage } from './dockerfile-model.ts';
import { parseDockerfile } from './parse-dockerfile.ts';
import { dockerfileKeywords } from './split-instructions.ts';

/** `Dockerfile`, `Containerfile`, `app.Dockerfile`, `Dockerfile.prod`, `app.dockerfile` (either capital), not ignore files. */
const dockerfileName = /^(?:.+\.)?(?:[Dd]ockerfile|[Cc]ontainerfile)(?:\..+)?$/;
/** `.dockerignore` / `.containerignore` files share the stem but are not Dockerfiles. */
const ignoreFileName = /\.(?:docker|container)ignore$/i;
/** `Dockerfile.<something>`: a variant (`.prod`) or an unrelated file (`.md`), told apart by content. */
const suffixedName = /^(?:[Dd]ockerfile|[Cc]ontainerfile)\..+$/;
/** First word of the first line that is neither blank nor a comment. */
const firstWordPattern = /^[ \t]*([^\s#]\S*)/m;

export const dockerfileReader: IacFormatReader = {
  format: 'dockerfile',
  claimsPath: (path) => {
    const name = baseName(path);
    return dockerfileName.test(name) && !ignoreFileName.test(name);
  },
  // `Dockerfile.md` or `Dockerfile.j2` notes are read only when they start like a Dockerfile.
  sniff: (path, text) => {
    if (!suffixedName.test(baseName(path))) return true;
    const firstWord = firstWordPattern.exec(text.slice(0, 65536))?.[1];
    return firstWord === undefined || dockerfileKeywords.has(firstWord.toUpperCase());
  },
  read: (file, text) => {
    const { model, problems } = parseDockerfile(text);
    const errors: ScanError[] = problems.map((problem) => ({ path: file.path, line: problem.line, code: 'RAMPART_E_PARSE', message: problem.message }));
    return { resources: [dockerfileResource(file.path, model)], errors, notices: [] };
  },
};

/** One resource per file: the model for built-in rules, and the same facts as plain attributes for custom rules. */
export function dockerfileResource(path: string, model: DockerfileModel): IacResource {
  const positions = new Map<string, SourcePosition>();
  model.instructions.forEach((instruction, index) => positions.set(`instructions.${index}`, { line: instruction.line, column: 1 }));
  model.stages.forEach((stage) => positions.set(`stages.${stage.index}`, { line: stage.from.line, column: 1 }));
  const lastLine = model.instructions.at(-1)?.endLine ?? 1;
  const resource: IacResource = {
    format: 'dockerfile',
    type: 'Dockerfile',
    name: baseName(path),
    address: path,
    path,
    startLine: 1,
    endLine: lastLine,
    attributes: modelAttributes(model),
    positions,
    references: [],
    model,
  };
  const skips = fileWideSkips(model);
  if (skips.size > 0) resource.skips = skips;
  return resource;
}

/**
 * Checkov applies a `checkov:skip=ID:reason` comment anywhere in a Dockerfile to the whole file;
 * hadolint's `# hadolint global ignore=DL3008,DL3009` does the same. Line-level comments
 * (`# hadolint ignore=`, `# rampart-ignore:`) are honoured by core on the finding's line.
 */
function fileWideSkips(model: DockerfileModel): Map<string, string> {
  const skips = new Map<string, string>();
  for (const comment of model.comments) {
    // `checkov:skip=CKV_DOCKER_2` with an optional `:reason`.
    const checkov = /checkov:skip=([A-Za-z0-9_]+)(?::(.*))?/.exec(comment.text);
    if (checkov) skips.set(checkov[1]!, checkov[2]?.trim() || 'checkov:skip comment');
    // `hadolint global ignore=DL3008,DL3009`.
    const hadolint = /^hadolint\s+global\s+ignore=([A-Z0-9, ]+)/.exec(comment.text);
    if (hadolint) for (const id of hadolint[1]!.split(',')) if (id.trim()) skips.set(id.trim(), 'hadolint global ignore comment');
  }
  return skips;
}

function modelAttributes(model: DockerfileModel): IacObject {
  const directives: IacObject = { escape: model.directives.escape };
  if (model.directives.syntax !== undefined) directives.syntax = model.directives.syntax;
  return {
    directives,
    stages: model.stages.map(stageAttributes),
    instructions: model.instructions.map(instructionAttributes),
  };
}

function stageAttributes(stage: DockerStage): IacObject {
  const image: IacObject = { text: stage.image.text, name: stage.image.name, isScratch: stage.image.isScratch };
  if (stage.image.tag !== undefined) image.tag = stage.image.tag;
  if (stage.image.digest !== undefined) image.digest = stage.image.digest;
  const attributes: IacObject = { index: stage.index, line: stage.from.line, image };
  if (stage.name !== undefined) attributes.name = stage.name;
  if (stage.platform !== undefined) attributes.platform = stage.platform;
  if (stage.parentStage !== undefined) attributes.parentStage = stage.parentStage;
  return attributes;
}

function instructionAttributes(instruction: DockerInstruction): IacObject {
  const flags: IacObject = {};
  for (const [name, values] of Object.entries(instruction.flags)) flags[name] = values.length === 1 ? values[0]! : values;
  const attributes: IacObject = {
    keyword: instruction.keyword,
    line: instruction.line,
    endLine: instruction.endLine,
    stage: instruction.stageIndex,
    flags,
    text: instruction.text,
    form: instruction.form,
    arguments: instruction.arguments,
    expanded: instruction.expanded,
  };
  if (instruction.heredocs.length > 0) attributes.heredocs = instruction.heredocs.map((heredoc) => ({ delimiter: heredoc.delimiter, body: heredoc.body }));
  if (instruction.pairs.length > 0) {
    attributes.pairs = instruction.pairs.map((pair) => {
      const out: Record<string, IacValue> = { key: pair.key };
      if (pair.value !== undefined) out.value = pair.value;
      if (pair.expanded !== undefined) out.expanded = pair.expanded;
      return out;
    });
  }
  return attributes;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
