import type { FindingDraft, Fix } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { matchesUsesPattern } from '../policy/uses-pattern.ts';
import { viewScalar } from '../scalar-view.ts';
import { allUsesFields, type PipelineFile, type ScalarField } from '../workflow-model.ts';
import { positionOf } from '../yaml-source.ts';

// A full 40-hex-digit commit SHA.
const fullSha = /^[0-9a-f]{40}$/i;
// A version tag: v4, 4.2, v4.2.2, v1.0.0-beta.1 (an optional v, dotted numbers, an optional suffix).
const versionTag = /^v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.-]+)?$/;
// A docker:// reference pinned by an image digest.
const dockerDigest = /@sha256:[0-9a-f]{64}$/i;
// `owner/repo` at the start of a uses: path (GitHub names: letters, digits, `.`, `-`, `_`).
const repositoryPrefix = /^([A-Za-z0-9_][A-Za-z0-9_.-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*)(?:\/|$)/;
// What may follow the value on its line for a version comment to be added: nothing, or an old version comment.
const restOfLineForComment = /^[ \t]*(?:#[ \t]*v?\d+(?:\.\d+)*[ \t]*)?$/;

/**
 * Tags and branches can be moved. In March 2025 the tags of tj-actions/changed-files were
 * re-pointed to a commit that printed every secret of every workflow using it into public logs.
 * Only a full commit SHA names code that nobody can change after review.
 */
export const unpinnedActionRef: PipelineRule = {
  id: 'unpinned-action-ref',
  title: 'Action or reusable workflow not pinned to a commit SHA',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-829', 'supply-chain'],
  equivalents: ['unpinned-uses'],
  description: '`uses:` that names a tag, a branch or no ref at all instead of a full 40-character commit SHA (local `./` actions and `docker://` images pinned by `@sha256:` digest are fine, and so are version tags of the owners listed in `pipeline.policy.uses.tagsAllowedFor`). Without that policy, version tags of GitHub-owned actions (`actions/*`, `github/*`) are reported at low severity and low confidence, shown with `--min-confidence low`.',
  remediation: 'Pin to the commit the tag points at and keep the tag as a comment: `uses: actions/checkout@<40-hex-sha> # v4.2.2`. Dependabot and Renovate update such pins.',
  check: (file, context) => [...allUsesFields(file)].flatMap((field) => checkUses(file, field, context?.policy.uses?.tagsAllowedFor)),
};

function checkUses(file: PipelineFile, field: ScalarField, tagsAllowedFor: readonly string[] | undefined): FindingDraft[] {
  const uses = field.value.trim();
  if (uses.startsWith('./') || uses.includes('${{')) return [];
  if (uses.startsWith('docker://')) {
    if (dockerDigest.test(uses)) return [];
    return [draft('unpinned-action-ref', rangeOf(file.source, field.span), `${uses} is not pinned by digest: whoever can push that image tag decides what runs in this step.`, uses)];
  }
  const at = uses.lastIndexOf('@');
  const ref = at === -1 ? undefined : uses.slice(at + 1);
  if (ref && fullSha.test(ref)) return [];
  if (ref && isTagAllowed(tagsAllowedFor, uses, ref)) return [];
  const name = at === -1 ? uses : uses.slice(0, at);
  const fix = ref ? pinFix(file, field, name, ref) : undefined;
  if (ref && tagsAllowedFor === undefined && isGithubOwnedVersionTag(uses, ref)) {
    const message = `${name} is used at the version tag "${ref}": GitHub moves its own tags only to its own releases, so this is hardening rather than exposure, but only a SHA pins the code you reviewed.`;
    const finding = { ...draft('unpinned-action-ref', rangeOf(file.source, field.span), message, uses), severity: 'low' as const, confidence: 'low' as const };
    return [fix ? { ...finding, fix } : finding];
  }
  const what = ref ? `the movable ref "${ref}"` : 'no ref at all (the default branch)';
  const finding = draft('unpinned-action-ref', rangeOf(file.source, field.span), `${name} is used at ${what}: whoever controls that repository, or steals a maintainer's token, can re-point it and run code here with this job's secrets.`, uses);
  return [fix ? { ...finding, fix } : finding];
}

/**
 * Replaces the ref with the commit it points at, looked up by `rampart fix` (rules do no I/O), and
 * names the version in a comment when the rest of the line is free for one.
 */
function pinFix(file: PipelineFile, field: ScalarField, name: string, ref: string): Fix | undefined {
  const repository = repositoryPrefix.exec(name)?.[1];
  if (!repository || field.value !== field.value.trim()) return undefined;
  const source = file.source;
  const view = viewScalar(source, field);
  const at = view.text.lastIndexOf('@');
  // The view keeps a quoted scalar's quotes: the ref is followed by the closing one.
  if (at === -1 || view.text.slice(at + 1, at + 1 + ref.length) !== ref) return undefined;
  const refStart = view.fileOffset(at + 1);
  const refEnd = view.fileOffset(at + ref.length) + 1;
  const lineEnd = lineEndOf(source.text, field.span.end);
  const rest = source.text.slice(field.span.end, lineEnd);
  const closing = source.text.slice(refEnd, field.span.end);
  const hasRoomForComment = restOfLineForComment.test(rest);
  const end = hasRoomForComment ? lineEnd : field.span.end;
  const from = positionOf(source, refStart);
  const to = positionOf(source, end);
  const replacement = `{{sha}}${closing}${hasRoomForComment ? ' # {{version}}' : ''}`;
  return {
    title: `Pin ${name}@${ref} to the commit it points at`,
    safety: 'safe',
    edits: [{ path: file.path, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, replacement, resolve: { kind: 'git-ref', repository, ref } }],
  };
}

/** Offset of the end of the line holding `offset`, before any carriage return. */
function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

// An action or reusable workflow owned by GitHub: actions/… or github/… (codeql-action and the like).
const githubOwned = /^(?:actions|github)\//i;

/**
 * Without a tagsAllowedFor policy, version tags of GitHub's own actions are reported low and at low
 * confidence (shown with --min-confidence low), as zizmor's default policy allows them: the
 * tj-actions kind of compromise needs a third-party owner. Branch refs of any owner stay high.
 */
function isGithubOwnedVersionTag(uses: string, ref: string): boolean {
  return githubOwned.test(uses) && versionTag.test(ref);
}

/** The policy's tagsAllowedFor: a pattern without @ allows version tags only; one with @ allows the refs it names. */
function isTagAllowed(patterns: readonly string[] | undefined, uses: string, ref: string): boolean {
  return (patterns ?? []).some((pattern) => matchesUsesPattern(pattern, uses) && (pattern.includes('@') || versionTag.test(ref)));
}
