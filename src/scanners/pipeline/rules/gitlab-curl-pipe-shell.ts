import type { FindingDraft } from '../../../core/finding.ts';
import { bare, commandNameIndex, readsProgramFromStdin } from '../gitlab/code-sinks.ts';
import type { GitlabScalar } from '../gitlab/gitlab-model.ts';
import { gitlabViewDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';
import { lexScriptItem } from '../gitlab/script-view.ts';
import type { ScalarView } from '../scalar-view.ts';

/** Programs that fetch a URL. */
const downloaders: ReadonlySet<string> = new Set(['curl', 'wget', 'iwr', 'irm', 'Invoke-WebRequest', 'Invoke-RestMethod']);
// `bash <(curl …)` or `sh -c "$(wget …)"`: an interpreter fed a download by process or command substitution.
const substitutedDownload = /\b(?:ba|z|da|k)?sh\s+(?:-\S+\s+)*(?:<\(|["']?\$\()\s*(?:curl|wget)\b/;

/**
 * Piping a download into a shell runs whatever the server returns at that moment, unreviewed and
 * unpinned: a compromised install script, mirror or DNS entry runs in the job with its CI/CD
 * variables and tokens (the Codecov uploader breach of 2021 worked this way). A pinned version
 * checked against a known SHA-256 runs only what was reviewed.
 */
export const gitlabCurlPipeShell: GitlabRule = {
  id: 'gitlab-curl-pipe-shell',
  title: 'Downloaded script piped into a shell in GitLab CI',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-494', 'supply-chain', 'gitlab'],
  equivalents: ['unverified_script_exec'],
  description: 'A GitLab `script:`, `before_script:` or `after_script:` line that pipes `curl`, `wget` or `Invoke-WebRequest` output straight into a shell or interpreter that reads its program from standard input, or runs it through `bash <(curl …)` / `sh -c "$(curl …)"`.',
  remediation: 'Download a pinned version to a file, check its SHA-256 (`echo "<sha256>  install.sh" | sha256sum -c`), then run it; better, bake the tool into a digest-pinned job image.',
  check: (pipeline) => [...pipeline.jobs, ...pipeline.templates].flatMap((job) => job.scripts.flatMap((item) => downloadsIn(item.field))),
};

function downloadsIn(field: GitlabScalar): FindingDraft[] {
  if (!/curl|wget|iwr|irm|invoke-/i.test(field.value)) return [];
  const { view, lexed } = lexScriptItem(field);
  const findings: FindingDraft[] = [];
  lexed.commands.forEach((command, position) => {
    const name = command.words[commandNameIndex(command.words)];
    const next = lexed.commands[position + 1];
    if (!name || !downloaders.has(bare(name)) || !command.isPipedOnward || !next) return;
    if (!readsProgramFromStdin(next.words, commandNameIndex(next.words))) return;
    const end = next.words.at(-1)?.end ?? command.words.at(-1)!.end;
    findings.push(finding(field, view, name.start, end, view.text.slice(name.start, end)));
  });
  for (const match of view.text.matchAll(new RegExp(substitutedDownload.source, 'g'))) findings.push(finding(field, view, match.index, match.index + match[0].length, match[0]));
  return findings;
}

function finding(field: GitlabScalar, view: ScalarView, start: number, end: number, text: string): FindingDraft {
  const shown = text.replace(/\s+/g, ' ').trim();
  return gitlabViewDraft('gitlab-curl-pipe-shell', field.file, view, start, end, `${shown} runs whatever the server returns right now: a compromised script, mirror or DNS entry executes here with this job's CI/CD variables and tokens.`, shown);
}
