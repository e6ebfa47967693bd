import { imageDraft, type ImageRule } from '../image-rule.ts';

/** `ADD` followed (after optional flags) by an http(s) URL, as the image history records the instruction. */
const addUrl = /(?:^|\s)ADD\s+(?:--\S+\s+)*https?:\/\//;

/**
 * `ADD https://…` downloads at build time with no checksum check unless `--checksum` is given: a
 * compromised or hijacked server puts its own bytes in every image built after.
 */
export const imageAddRemoteUrl: ImageRule = {
  id: 'image-add-remote-url',
  title: 'Image layer added from a remote URL',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-494', 'CIS-DOCKER-4.9'],
  equivalents: ['CKV_DOCKER_4'],
  description: 'The image history shows an `ADD` of an http(s) URL without `--checksum`.',
  remediation: 'Download with a pinned checksum (`ADD --checksum=sha256:… URL` or `RUN curl … && sha256sum -c`), or COPY a vetted file from the build context.',
  check(model) {
    return (model.document.history ?? []).flatMap((entry, index) => {
      const createdBy = entry.created_by ?? '';
      if (!addUrl.test(createdBy) || createdBy.includes('--checksum')) return [];
      return [imageDraft(this.id, model, ['history', index, 'created_by'], 'a layer was added from a remote URL without a checksum: whoever controls that server decides what the image contains', createdBy)];
    });
  },
};
