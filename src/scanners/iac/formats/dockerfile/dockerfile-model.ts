import type { UnknownValue } from '../../iac-value.ts';

/**
 * A Dockerfile as BuildKit reads it: parser directives, then instructions grouped into build
 * stages. Lines are 1-based. Values a build argument without default decides are `UnknownValue`s
 * (or hold the unknown marker in expanded text), so rules never judge what `--build-arg` picks.
 */
export interface DockerfileModel {
  /** `# escape=` (backslash by default) and `# syntax=` directives at the top of the file. */
  directives: DockerfileDirectives;
  /** Every instruction in file order, with those before the first FROM (global ARGs) first. */
  instructions: DockerInstruction[];
  /** ARG instructions before the first FROM: the only variables FROM lines can use. */
  globalArgs: DockerInstruction[];
  stages: DockerStage[];
  /** Comment lines (not directives) with their text after `#`, for skip comments. */
  comments: DockerComment[];
}

export interface DockerfileDirectives {
  escape: '\\' | '`';
  syntax?: string;
}

export interface DockerComment {
  line: number;
  text: string;
}

export interface DockerStage {
  /** 0-based position among FROM instructions; `COPY --from=0` names it. */
  index: number;
  /** `AS name`, lower-cased as BuildKit compares stage names. */
  name?: string;
  from: DockerInstruction;
  image: ImageReference;
  /** `--platform` value as written after expansion. */
  platform?: string | UnknownValue;
  /** Index of the earlier stage this one builds on (`FROM build`), so USER and ENV carry over. */
  parentStage?: number;
  /** This stage's instructions after its FROM. */
  instructions: DockerInstruction[];
}

/**
 * A base image as the FROM line names it after variable expansion; each part the build
 * arguments decide is unknown. `scratch` and earlier stages are images too (see `isScratch`,
 * `DockerStage.parentStage`).
 */
export interface ImageReference {
  /** Text after expansion, with `${…}` left in place where unknown. */
  text: string;
  /** `registry.example.com:5000/team/app` without tag or digest. */
  name: string | UnknownValue;
  tag?: string | UnknownValue;
  digest?: string | UnknownValue;
  isScratch: boolean;
}

export interface HeredocBody {
  /** The word after `<<` (`EOF`). */
  delimiter: string;
  /** Line of the first body line (the line after the instruction). */
  line: number;
  body: string;
  /** `<<-EOF` strips leading tabs; quoted delimiters switch off expansion. */
  isQuoted: boolean;
  isTerminated: boolean;
}

export interface DockerInstruction {
  /** Position in `DockerfileModel.instructions`; a rule's finding path is `instructions.<index>`. */
  index: number;
  /** Upper-cased keyword: `RUN`, `FROM`, `COPY`… */
  keyword: string;
  /** Line of the keyword, where findings about the instruction sit. */
  line: number;
  /** Last line, continuation and heredoc bodies included. */
  endLine: number;
  /** -1 for instructions before the first FROM. */
  stageIndex: number;
  /** `--from=build`, `--chown=app`, `--mount=…` (repeatable flags keep every value, in order). */
  flags: Record<string, string[]>;
  /** Argument text after the flags, continuations joined with a space and comment lines dropped. */
  text: string;
  /** `exec` when the arguments are a JSON array (`CMD ["app"]`). */
  form: 'exec' | 'shell';
  /** The JSON array's strings in exec form; whitespace-separated words (quotes kept) in shell form. */
  arguments: string[];
  /**
   * `text` with ARG/ENV variables substituted for the instructions Docker expands (FROM, COPY,
   * ADD, ENV, ARG, LABEL, USER, WORKDIR, EXPOSE, VOLUME, STOPSIGNAL, ONBUILD); an UnknownValue
   * when a variable it uses has no known value. Other instructions keep their text.
   */
  expanded: string | UnknownValue;
  /** Here-documents opened on the instruction line, in order. */
  heredocs: HeredocBody[];
  /** `KEY=value` pairs of ENV, ARG and LABEL (ARG without default: value undefined). */
  pairs: DockerKeyValue[];
}

export interface DockerKeyValue {
  key: string;
  /** Literal value as written, quotes removed; undefined for `ARG NAME` without default. */
  value?: string;
  /** Value after expansion; unknown when it depends on an unset build argument. */
  expanded?: string | UnknownValue;
}
