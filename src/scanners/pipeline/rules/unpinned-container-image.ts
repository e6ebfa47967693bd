import type { FindingDraft, Fix } from '../../../core/finding.ts';
import { jobContainers } from '../job-containers.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { viewScalar } from '../scalar-view.ts';
import { allUsesFields, type PipelineFile, type ScalarField } from '../workflow-model.ts';
import { positionOf } from '../yaml-source.ts';

type Pinning = 'digest' | 'tag' | 'latest';

interface ImageUse {
  // The `image:` value that names it.
  field: ScalarField;
  image: string;
  // `job build container`, `job build service redis`, `the action`.
  where: string;
}

/**
 * A tag is a pointer the registry owner (or whoever steals their credentials) can move at any time:
 * the next run then executes a different image, with the job's token and secrets, and nothing in
 * the repository changes. `latest` or no tag at all moves on every push upstream. Only a
 * `@sha256:` digest names exactly the image that was reviewed.
 */
export const unpinnedContainerImage: PipelineRule = {
  id: 'unpinned-container-image',
  title: 'Container image not pinned by digest',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-829', 'supply-chain'],
  equivalents: ['unpinned-images'],
  description: 'A job `container:` or `services:` image, or a Docker action\'s `runs.image: docker://…`, on `latest` or with no tag (high), or on a version tag without an `@sha256:` digest (low). `uses: docker://…` steps are reported by `unpinned-action-ref`.',
  remediation: 'Pin the image by digest and keep the tag as a comment for humans: `image: node:22.11.0@sha256:<digest>` (`docker buildx imagetools inspect node:22.11.0` prints it); let Dependabot or Renovate update the digest.',
  check: (file) => {
    const uses = imageUses(file);
    const digests = knownDigests(file, uses);
    return uses.flatMap((use) => {
      const found = finding(file, use);
      const fix = found && digestFix(file, use, digests);
      return found ? [fix ? { ...found, fix } : found] : [];
    });
  },
};

function imageUses(file: PipelineFile): ImageUse[] {
  const uses: ImageUse[] = [];
  if (file.kind === 'workflow') {
    for (const container of jobContainers(file)) {
      if (!container.image) continue;
      const where = `job ${container.job.id} ${container.isService ? `service ${container.label}` : 'container'}`;
      for (const image of container.imageCandidates) uses.push({ field: container.image, image, where });
    }
  }
  // `uses: docker://…` steps are left to unpinned-action-ref, which reports every unpinned `uses:`.
  if (file.kind === 'action' && file.image?.value.startsWith('docker://')) uses.push({ field: file.image, image: file.image.value, where: 'the action' });
  return uses;
}

/** How firmly an image reference is pinned; the tag sits after the last `:` of the last path segment (a registry port is not a tag). */
function pinningOf(image: string): Pinning {
  const reference = image.replace(/^docker:\/\//, '').trim();
  if (reference.includes('@sha256:')) return 'digest';
  const name = reference.slice(reference.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  if (colon === -1) return 'latest';
  return name.slice(colon + 1) === 'latest' ? 'latest' : 'tag';
}

function finding(file: PipelineFile, use: ImageUse): FindingDraft | undefined {
  const image = use.image.replace(/^docker:\/\//, '').trim();
  if (image === '') return undefined;
  const pinning = pinningOf(image);
  if (pinning === 'digest') return undefined;
  const range = rangeOf(file.source, use.field.span);
  if (pinning === 'tag') {
    return { ...draft('unpinned-container-image', range, `${capitalise(use.where)} runs ${image} by tag only: whoever can push to that repository can move the tag and have this workflow run a different image with its token and secrets.`, `${use.where}:${image}`), severity: 'low' };
  }
  return draft('unpinned-container-image', range, `${capitalise(use.where)} runs ${image} on latest (no tag or :latest): every new push upstream, or by anyone holding the registry's credentials, changes what this workflow runs, with its token and secrets.`, `${use.where}:${image}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// An image reference pinned by digest: the reference before `@sha256:`, and the 64-hex digest.
const pinnedReference = /^(?:docker:\/\/)?([^@\s]+)@(sha256:[0-9a-f]{64})$/i;

/** Digests the file itself already names for an image reference (`node:22@sha256:…` → `node:22`). */
function knownDigests(file: PipelineFile, uses: readonly ImageUse[]): Map<string, string> {
  const digests = new Map<string, string>();
  const references = [...uses.map((use) => use.image), ...[...allUsesFields(file)].map((field) => field.value)];
  for (const reference of references) {
    const match = pinnedReference.exec(reference.trim());
    if (match) digests.set(match[1]!, match[2]!);
  }
  return digests;
}

/**
 * Appends the digest the same file names elsewhere for this exact reference. Unsafe: that digest
 * may be older than what the tag points at today, so the pin can change the image that runs.
 */
function digestFix(file: PipelineFile, use: ImageUse, digests: ReadonlyMap<string, string>): Fix | undefined {
  const reference = use.image.replace(/^docker:\/\//, '').trim();
  const digest = digests.get(reference);
  if (!digest || use.field.value.trim() !== use.image.trim()) return undefined;
  const view = viewScalar(file.source, use.field);
  const at = view.text.lastIndexOf(reference);
  if (at === -1) return undefined;
  const offset = view.fileOffset(at + reference.length - 1) + 1;
  const position = positionOf(file.source, offset);
  return {
    title: `Pin ${reference} to the digest this file already uses for it`,
    safety: 'unsafe',
    edits: [{ path: file.path, startLine: position.line, startColumn: position.column, endLine: position.line, endColumn: position.column, replacement: `@${digest}` }],
  };
}
