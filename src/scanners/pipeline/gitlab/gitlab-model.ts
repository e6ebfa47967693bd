import type { ScalarField } from '../workflow-model.ts';
import type { Span, YamlSource } from '../yaml-source.ts';

/** One parsed YAML file of a GitLab pipeline: the entry `.gitlab-ci.yml` or a file it includes. */
export interface GitlabFile {
  /** Repo-relative path; findings on its nodes are placed here. */
  path: string;
  source: YamlSource;
}

/** A scalar that remembers which file it came from, so a finding lands on the right file, line and column. */
export interface GitlabScalar extends ScalarField {
  file: GitlabFile;
}

/** A mapping key in some file: where findings about the whole node (a job, an include) point. */
export interface GitlabKey {
  name: string;
  file: GitlabFile;
  keySpan: Span;
}

export interface GitlabVariable {
  name: string;
  key: GitlabKey;
  /** `VAR: value` or `VAR: { value: … }`; undefined for collections and nulls. */
  value: GitlabScalar | undefined;
  /** `expand: false`: GitLab passes the value as written, without expanding `$OTHER` inside. */
  isRaw: boolean;
}

/** One entry of `rules:` (a job's or `workflow:`'s). */
export interface GitlabRuleClause {
  key: GitlabKey;
  if: GitlabScalar | undefined;
  when: GitlabScalar | undefined;
}

/** `only:` / `except:` in either form: a list of refs, or `{ refs, variables }`. */
export interface GitlabRefFilter {
  key: GitlabKey;
  refs: GitlabScalar[];
  variables: GitlabScalar[];
}

export type GitlabScriptKind = 'script' | 'before_script' | 'after_script';

/** One line item of a script list (nested lists flattened); a block scalar holds several shell lines. */
export interface GitlabScriptItem {
  kind: GitlabScriptKind;
  field: GitlabScalar;
}

export interface GitlabEnvironment {
  key: GitlabKey;
  name: GitlabScalar | undefined;
  action: GitlabScalar | undefined;
}

export type GitlabIncludeKind = 'local' | 'remote' | 'project' | 'template' | 'component' | 'unknown';

export interface GitlabInclude {
  kind: GitlabIncludeKind;
  /** The include entry itself (its first key, or the string). */
  key: GitlabKey;
  /** The path, URL, project path, template name or component address. */
  location: GitlabScalar | undefined;
  /** `ref:` of a project include. */
  ref: GitlabScalar | undefined;
  /** `file:` of a project include (a string or a list). */
  files: GitlabScalar[];
  /** `integrity:` of a remote include (`sha256-<base64>`). */
  integrity: GitlabScalar | undefined;
}

/** A job after `default:`, global keywords and `extends:` are applied; every value keeps its own file and position. */
export interface GitlabJob {
  name: string;
  key: GitlabKey;
  stage: GitlabScalar | undefined;
  scripts: GitlabScriptItem[];
  image: GitlabScalar | undefined;
  services: GitlabScalar[];
  /** Job variables over global ones (unless `inherit: variables: false`), nearest definition first. */
  variables: GitlabVariable[];
  rules: GitlabRuleClause[] | undefined;
  only: GitlabRefFilter | undefined;
  except: GitlabRefFilter | undefined;
  environment: GitlabEnvironment | undefined;
  when: GitlabScalar | undefined;
  /** Names under `id_tokens:` (OIDC tokens the job requests). */
  idTokens: GitlabKey[];
  /** Names under `secrets:` (external secret manager values). */
  secrets: GitlabKey[];
  trigger: GitlabKey | undefined;
  /** `pages: true` or the job named `pages`: a GitLab Pages deployment. */
  isPages: boolean;
}

/** Something the pipeline refers to that rampart did not read, with the reason; becomes a notice. */
export interface GitlabUnresolved {
  path: string;
  line: number;
  message: string;
}

export interface GitlabPipeline {
  /** The scanned `.gitlab-ci.yml`. */
  entry: GitlabFile;
  /** The entry and every local file it pulled in, in include order. */
  files: GitlabFile[];
  /** Every `include:` entry of every file read. */
  includes: GitlabInclude[];
  /** Global `variables:`. */
  variables: GitlabVariable[];
  /** `workflow: rules:`; undefined when absent. */
  workflowRules: GitlabRuleClause[] | undefined;
  /** Visible jobs: the ones GitLab runs. */
  jobs: GitlabJob[];
  /**
   * Hidden jobs (`.name`), resolved the same way. GitLab never runs them itself, but other jobs,
   * or other projects including this file, extend them; rules about script content check them too.
   */
  templates: GitlabJob[];
  unresolved: GitlabUnresolved[];
}

/** Every script line item of a job with its kind. */
export function scriptFields(job: GitlabJob): GitlabScalar[] {
  return job.scripts.map((item) => item.field);
}
