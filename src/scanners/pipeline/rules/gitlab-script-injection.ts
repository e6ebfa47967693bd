import type { FindingDraft } from '../../../core/finding.ts';
import { findCodeSinks } from '../gitlab/code-sinks.ts';
import type { GitlabJob, GitlabScalar } from '../gitlab/gitlab-model.ts';
import { gitlabViewDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';
import { outsiderTaint, outsiderVariables, type OutsiderSource } from '../gitlab/outsider-variables.ts';
import { lexScriptItem } from '../gitlab/script-view.ts';

// `$[[ inputs.name | expand_vars ]]`: an input interpolated into the script text with variables expanded first.
const expandedInput = /\$\[\[\s*inputs\.[A-Za-z0-9_-]+[^\]]*\|\s*expand_vars[^\]]*\]\]/g;

/**
 * GitLab hands predefined variables to the script as environment variables, so
 * `echo "$CI_COMMIT_MESSAGE"` prints the message and nothing more. The danger is a script that
 * turns that text into code: `eval`, `sh -c "…$VAR…"`, `python -c "…"`, a sed or awk program,
 * `ssh host "…"`, a pipe or unquoted here-document into an interpreter, the variable used as the
 * command itself, `%VAR%` under cmd.exe (which substitutes text before parsing), or
 * `$[[ inputs.x | expand_vars ]]`, which pastes a variable's value into the script when the
 * pipeline is created. Commit messages, merge request titles and branch names are written by
 * whoever opens the merge request, so in a pipeline that holds deploy keys or tokens their text
 * runs with those credentials.
 */
export const gitlabScriptInjection: GitlabRule = {
  id: 'gitlab-script-injection',
  title: 'Outsider-controlled GitLab variable run as code',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-78', 'CWE-94', 'injection', 'gitlab'],
  equivalents: ['injection'],
  description:
    'A `script:`, `before_script:` or `after_script:` line where `$CI_COMMIT_MESSAGE`, `$CI_COMMIT_TITLE`, `$CI_COMMIT_BRANCH`, `$CI_COMMIT_REF_NAME`, `$CI_COMMIT_TAG`, `$CI_MERGE_REQUEST_TITLE`, `$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME` or another outsider-controlled predefined variable (directly, or through a `variables:` entry or shell assignment) reaches `eval`, `sh -c`, `python -c`, `node -e`, `perl -e`, a sed or awk program, `ssh host "…"`, a pipe, here-string or unquoted here-document into an interpreter, the command position, cmd.exe `%VAR%`, or `$[[ inputs.x | expand_vars ]]`. Plain arguments such as `echo "$CI_COMMIT_MESSAGE"` are not reported. Tag names and messages rank medium (creating tags takes push rights), and sed or awk programs medium confidence (they run commands only through GNU extensions).',
  remediation:
    'Pass the value as data, never as code: quote it as an argument (`./notify.sh "$CI_MERGE_REQUEST_TITLE"`), give it to the inner program as an environment variable or positional argument (`sh -c \'echo "$1"\' _ "$CI_COMMIT_BRANCH"`, `python -c \'import os; print(os.environ["CI_COMMIT_TITLE"])\'`), quote here-document delimiters (`<<\'EOF\'`), and drop `expand_vars` from input interpolation.',
  check: (pipeline) => [...pipeline.jobs, ...pipeline.templates].flatMap((job) => jobFindings(job)),
};

function jobFindings(job: GitlabJob): FindingDraft[] {
  const tainted = outsiderTaint(job);
  return job.scripts.flatMap((item) => [...sinkFindings(item.field, tainted), ...cmdFindings(item.field), ...expandedInputFindings(item.field)]);
}

function sinkFindings(field: GitlabScalar, tainted: Map<string, OutsiderSource>): FindingDraft[] {
  const { view, lexed } = lexScriptItem(field);
  return findCodeSinks(lexed, (name) => tainted.has(name)).map(({ ref, sink }) => {
    const source = tainted.get(ref.name)!;
    const draft = gitlabViewDraft(
      'gitlab-script-injection',
      field.file,
      view,
      ref.start,
      ref.end,
      `$${ref.name} (${source.label}) reaches ${sink}, which runs it as code: whoever writes that text (a commit, branch, tag or merge request author) can run commands in this job with its variables and tokens.`,
      `${ref.name}:${sink}`,
    );
    // sed and awk run shell commands only through GNU extensions (sed's e command, awk's system()).
    const confidence = sink === 'sed' || sink === 'awk' ? 'medium' : undefined;
    return { ...draft, severity: source.severity, ...(confidence ? { confidence } : {}) } satisfies FindingDraft;
  });
}

/** `%CI_COMMIT_MESSAGE%` is text substitution in cmd.exe: `&` in the value starts another command. */
function cmdFindings(field: GitlabScalar): FindingDraft[] {
  const { view, lexed } = lexScriptItem(field);
  return lexed.refs.filter((ref) => ref.quoting === 'cmd' && outsiderVariables.has(ref.name))
    .map((ref) => {
      const source = outsiderVariables.get(ref.name)!;
      const draft = gitlabViewDraft('gitlab-script-injection', field.file, view, ref.start, ref.end, `%${ref.name}% (${source.label}) is pasted into the command line by cmd.exe before it runs: a value containing & or | runs extra commands in this job.`, `${ref.name}:cmd`);
      return { ...draft, severity: source.severity };
    });
}

function expandedInputFindings(field: GitlabScalar): FindingDraft[] {
  if (!field.value.includes('$[[')) return [];
  const { view } = lexScriptItem(field);
  return [...view.text.matchAll(expandedInput)].map((match) => ({
    ...gitlabViewDraft(
      'gitlab-script-injection',
      field.file,
      view,
      match.index,
      match.index + match[0].length,
      `${match[0]} pastes the input into the script with variables already expanded: if the input is given a variable such as $CI_COMMIT_MESSAGE, its text becomes shell code in this job.`,
      match[0],
    ),
    confidence: 'medium' as const,
  }));
}
