import { imageDraft, type ImageRule } from '../image-rule.ts';

// The OCI pre-defined keys that record the base image a build started from.
const baseNameKey = 'org.opencontainers.image.base.name';
const baseDigestKey = 'org.opencontainers.image.base.digest';
// A content digest: `sha256:` and 64 lowercase hex digits (or sha512 and 128).
const contentDigest = /^sha(?:256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;
// A reference that ends in `@sha256:…`: pinned to exact bytes.
const digestReference = /@sha(?:256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;
// The tag of a reference: after the last `:` that is not part of a registry `host:port/`.
const referenceTag = /:([^/:@]+)$/;

/**
 * An image built `FROM debian:12` took whatever that tag pointed to on build day. A tag is a
 * mutable pointer: the publisher, or anyone who takes over the repository, can move it, so a
 * rebuild may start from different bytes, and without a recorded digest nobody can say which
 * base this image holds, match it against the base's advisories, or rebuild it exactly.
 *
 * What an image can tell: Docker's history does not record `FROM` (a base built from a rootfs
 * shows `ADD file:… in /`, a base pulled from a registry shows the base's own history), so the
 * rule decides only when the config carries the OCI labels `org.opencontainers.image.base.name`
 * (and `base.digest`), which some build pipelines set. With a digest in either, the base is
 * known exactly; with a tag and no digest, the rule fires; with no such label it cannot tell and
 * stays silent. Manifest annotations of the same names are not read (the config is judged).
 */
export const imageBaseNotPinned: ImageRule = {
  id: 'image-base-not-pinned',
  title: 'Base image recorded by tag, not digest',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1357', 'CWE-494'],
  equivalents: [],
  description: 'The image labels its base (`org.opencontainers.image.base.name`) by a tag, with no `@sha256:` digest in the name and no `org.opencontainers.image.base.digest` label. Images without these labels are not judged: history does not record `FROM`.',
  remediation: 'Pin the base by digest in the Dockerfile (`FROM debian:12@sha256:<digest>`, kept current by Renovate or Dependabot), and record it: `LABEL org.opencontainers.image.base.name=docker.io/library/debian:12 org.opencontainers.image.base.digest=sha256:<digest>` (or let the build tool write both).',
  check(model) {
    const labels = model.document.config?.Labels;
    const name = labels?.[baseNameKey];
    if (typeof name !== 'string' || name.trim() === '') return [];
    const digest = labels?.[baseDigestKey];
    if (digestReference.test(name.trim()) || (typeof digest === 'string' && contentDigest.test(digest.trim()))) return [];
    const tag = referenceTag.exec(name.trim())?.[1];
    const shown = tag === undefined ? `${name.trim()} (no tag, so latest)` : name.trim();
    return [
      imageDraft(
        this.id,
        model,
        ['config', 'Labels', baseNameKey],
        `the image was built from ${shown}, a tag with no recorded digest: the tag can be moved to other content, so which base this image holds cannot be verified and a rebuild may start from different bytes`,
        `base:${name.trim()}`,
      ),
    ];
  },
};
