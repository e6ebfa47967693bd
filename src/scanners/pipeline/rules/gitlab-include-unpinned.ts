import type { FindingDraft } from '../../../core/finding.ts';
import type { Severity } from '../../../core/severity.ts';
import type { GitlabInclude } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';

// A full commit SHA: 40 hex digits (SHA-1) or 64 (SHA-256 repositories).
const commitSha = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
// A complete semantic version such as 1.4.2 (catalog releases); 1 or 1.4 move with every release.
const fullVersion = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
// A partial version: major, or major.minor.
const partialVersion = /^v?\d+(?:\.\d+)?$/;

/**
 * An included file runs in your pipeline with your variables and tokens. A remote URL serves
 * whatever its host returns today; a project include without a commit SHA follows a branch or tag
 * that anyone with push rights over that project can move; a component on `~latest` or a branch
 * changes with every push upstream. None of those changes shows up in your repository or its
 * review. A remote include with `integrity:`, a project include at a full SHA, and a component at
 * a SHA name exactly the configuration that was reviewed.
 */
export const gitlabIncludeUnpinned: GitlabRule = {
  id: 'gitlab-include-unpinned',
  title: 'GitLab include not pinned',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-829', 'supply-chain', 'gitlab'],
  equivalents: [],
  description:
    '`include: remote` without `integrity:` (high), `include: project` with no `ref:` or a branch or tag instead of a full commit SHA (medium), and `include: component` on `~latest`, a branch or no version (high), a partial version such as `@1` (medium) or a full version tag (low). Local and `template:` includes are not reported; includes whose ref is a variable are left alone.',
  remediation:
    'Pin what you include: `remote:` with `integrity: sha256-<base64 digest>` (GitLab refuses content that does not match), `project:` with `ref: <40-character commit SHA>` and a comment naming the version, `component:` with `@<commit SHA>` or at least a full version. Let Renovate update the pins.',
  check: (pipeline) => pipeline.includes.flatMap((include) => finding(include) ?? []),
};

function finding(include: GitlabInclude): FindingDraft | undefined {
  const location = include.location?.value.trim() ?? '';
  if (location === '') return undefined;
  if (include.kind === 'remote') {
    if (location.includes('$')) return undefined;
    if (include.integrity) return undefined;
    return draft(include, 'high', `include: remote ${location} has no integrity: hash, so whoever controls that URL (its host, a DNS or CDN hijack${location.startsWith('http:') ? ', or anyone on the network path of this plain-http URL' : ''}) decides what runs in this pipeline with its variables.`, `remote:${location}`);
  }
  if (include.kind === 'project') return projectFinding(include, location);
  if (include.kind === 'component') return componentFinding(include, location);
  return undefined;
}

function projectFinding(include: GitlabInclude, project: string): FindingDraft | undefined {
  const ref = include.ref?.value.trim();
  if (ref?.includes('$')) return undefined;
  if (ref && commitSha.test(ref)) return undefined;
  const what = ref ? `ref ${ref}, a branch or tag` : 'no ref, so the default branch';
  return draft(include, 'medium', `include: project ${project} uses ${what}: anyone who can push to ${project} changes the jobs this pipeline runs, with its variables and tokens.`, `project:${project}@${ref ?? ''}`);
}

function componentFinding(include: GitlabInclude, address: string): FindingDraft | undefined {
  const at = address.lastIndexOf('@');
  const version = at === -1 ? '' : address.slice(at + 1);
  if (version.includes('$') || commitSha.test(version)) return undefined;
  if (fullVersion.test(version)) {
    return draft(include, 'low', `include: component ${address} is pinned to a version tag: the component's maintainers can still re-point the tag, and this pipeline would run the new content.`, `component:${address}`);
  }
  const severity: Severity = partialVersion.test(version) ? 'medium' : 'high';
  const why = version === '' ? 'has no version' : version === '~latest' ? 'follows ~latest' : partialVersion.test(version) ? `follows every ${version}.x release` : `follows ${version}, a branch`;
  return draft(include, severity, `include: component ${address} ${why}: each new push or release upstream changes the jobs this pipeline runs, with its variables and tokens.`, `component:${address}`);
}

function draft(include: GitlabInclude, severity: Severity, message: string, content: string): FindingDraft {
  const span = include.location?.span ?? include.key.keySpan;
  const file = include.location?.file ?? include.key.file;
  return { ...gitlabDraft('gitlab-include-unpinned', file, span, message, content), severity };
}
