import type { FindingDraft } from '../../../core/finding.ts';
import type { GitlabJob, GitlabScalar } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';

type Pinning = 'digest' | 'tag' | 'latest' | 'unknown';

// The project's own registry: images this project builds and pushes itself.
const ownRegistry = /^\$\{?CI_REGISTRY(?:_IMAGE)?\}?(?:[/:]|$)/;
// GitLab's dependency proxy prefix: the image behind it is still a third-party image.
const dependencyProxy = /^\$\{?CI_DEPENDENCY_PROXY_(?:DIRECT_)?GROUP_IMAGE_PREFIX\}?\//;

/** Tags that by convention follow a branch and move with every push, like `latest`. */
const movingTags: ReadonlySet<string> = new Set(['latest', 'main', 'master', 'edge', 'nightly', 'develop', 'dev']);

/**
 * A tag is a pointer the image's publisher (or whoever steals their registry credentials) can
 * move at any time: the next pipeline then runs a different image with the job's variables and
 * tokens, and nothing in the repository changes. `latest` or no tag moves with every push
 * upstream. Only an `@sha256:` digest names exactly the image that was reviewed.
 */
export const gitlabUnpinnedImage: GitlabRule = {
  id: 'gitlab-unpinned-image',
  title: 'GitLab job image not pinned by digest',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-829', 'supply-chain', 'gitlab'],
  equivalents: [],
  description: 'A job\'s `image:` or `services:` entry (its own, from `default:` or the global keyword, or through `extends:`) on `latest`, a branch-like tag (`main`, `master`, `edge`, `nightly`, `develop`) or with no tag (high), or on a tag without an `@sha256:` digest (low). Images from the project\'s own registry (`$CI_REGISTRY_IMAGE`) and names built entirely from variables are not reported.',
  remediation: 'Pin the image by digest and keep the tag for humans: `image: python:3.12.7@sha256:<digest>` (`docker buildx imagetools inspect python:3.12.7` prints it); let Renovate update the digest.',
  check: (pipeline) => pipeline.jobs.flatMap((job) => imagesOf(job).flatMap((use) => finding(job, use.field, use.role) ?? [])),
};

function imagesOf(job: GitlabJob): { field: GitlabScalar; role: string }[] {
  return [...(job.image ? [{ field: job.image, role: 'image' }] : []), ...job.services.map((field) => ({ field, role: 'service' }))];
}

/** How firmly a reference is pinned; the tag follows the last `:` of the last path segment (a registry port is not a tag). */
function pinningOf(image: string): Pinning {
  if (image.includes('@sha256:')) return 'digest';
  if (ownRegistry.test(image)) return 'unknown';
  const reference = image.replace(dependencyProxy, '');
  const name = reference.slice(reference.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  const repository = colon === -1 ? reference : reference.slice(0, reference.length - name.length + colon);
  if (repository.includes('$')) return 'unknown';
  if (colon === -1) return 'latest';
  return movingTags.has(name.slice(colon + 1)) ? 'latest' : 'tag';
}

/** `:latest` or the branch-like tag of an image, for the message. */
function movingTagOf(image: string): string | undefined {
  const name = image.slice(image.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  if (colon === -1) return undefined;
  const tag = name.slice(colon + 1);
  return tag === 'latest' ? ':latest' : `:${tag}, a tag that follows a branch`;
}

function finding(job: GitlabJob, field: GitlabScalar, role: string): FindingDraft | undefined {
  const image = field.value.trim();
  if (image === '') return undefined;
  const pinning = pinningOf(image);
  if (pinning === 'digest' || pinning === 'unknown') return undefined;
  if (pinning === 'tag') {
    return { ...gitlabDraft('gitlab-unpinned-image', field.file, field.span, `Job ${job.name} ${role} ${image} is pinned by tag only: whoever can push to that image repository can move the tag and have this job run a different image with its variables and tokens.`, `${role}:${image}`), severity: 'low' };
  }
  return gitlabDraft('gitlab-unpinned-image', field.file, field.span, `Job ${job.name} ${role} ${image} is on ${movingTagOf(image) ?? 'latest (no tag)'}: every push upstream, or by anyone holding the registry's credentials, changes what this job runs with its variables and tokens.`, `${role}:${image}`);
}
