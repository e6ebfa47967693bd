import type { FindingDraft } from '../../../core/finding.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import { shellLines } from '../shell-lines.ts';
import { allSteps, type PipelineFile, type ScalarField } from '../workflow-model.ts';

// A shell or PowerShell that runs what it reads (any flags: `sh -s -- --yes`), or a script
// interpreter given no script of its own (`python3`, `node -`); `python3 -m json.tool` only reads data.
const interpreter = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:(?:(?:ba|z|da|k)?sh|pwsh|powershell|iex)\b|(?:python[0-9.]*|node|perl|ruby)(?:\s+-(?=\s|$)|\s*(?=$|[;&|)])))`;
// A downloader: curl, wget, or PowerShell's web cmdlets.
const downloader = String.raw`(?:\bcurl\b|\bwget\b|\bInvoke-WebRequest\b|\biwr\b|\bInvoke-RestMethod\b|\birm\b)`;
// Any downloader name anywhere in a script: a cheap test before splitting the script into lines.
const downloaderWord = /curl|wget|iwr|irm|invoke-/i;
// `curl … | sh`: a download piped straight into an interpreter, with no `;`, `&` or newline between.
const pipedToShell = new RegExp(String.raw`${downloader}[^|;&\n]*\|\s*${interpreter}`, 'i');
// `bash <(curl …)` and `sh -c "$(curl …)"`: an interpreter fed a download by process or command substitution.
const substitutedIntoShell = new RegExp(String.raw`${interpreter}\s+(?:-\S+\s+)*(?:<\(|["']?\$\()\s*${downloader}`, 'i');

/**
 * Piping a download into a shell runs whatever the server returns at that moment, unreviewed and
 * unpinned: a compromised install script, CDN or DNS entry runs in the job with its token and
 * secrets (the Codecov bash uploader breach of 2021 worked this way). A pinned version with a
 * checksum check runs only what was reviewed.
 */
export const curlPipeShell: PipelineRule = {
  id: 'curl-pipe-shell',
  title: 'Downloaded script piped into a shell',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-494', 'supply-chain'],
  equivalents: ['unverified_script_exec'],
  description: 'A `run:` line that pipes `curl`, `wget` or `Invoke-WebRequest` output into a shell or interpreter, or runs it through `bash <(curl …)` / `sh -c "$(curl …)"`.',
  remediation: 'Download a pinned version to a file, verify its SHA-256 (`echo "<sha256>  install.sh" | sha256sum -c`), then run it; or use a pinned setup action or package.',
  check: (file) => [...allSteps(file)].flatMap(({ step }) => (step.run && downloaderWord.test(step.run.value) ? downloadsIn(file, step.run) : [])),
};

function downloadsIn(file: PipelineFile, run: ScalarField): FindingDraft[] {
  const view = viewScalar(file.source, run);
  return shellLines(view).flatMap((line) => {
    const match = pipedToShell.exec(line.text) ?? substitutedIntoShell.exec(line.text);
    if (!match) return [];
    const range = viewRange(file.source, view, line.start + match.index, line.start + match.index + match[0].length);
    return [draft('curl-pipe-shell', range, `${match[0].trim()} runs whatever the server returns right now: a compromised script, mirror or DNS entry executes here with this job's token and secrets.`, match[0].trim())];
  });
}
