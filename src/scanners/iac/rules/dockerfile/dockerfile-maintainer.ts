import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, type IacRule } from '../../iac-rule.ts';

/**
 * MAINTAINER has been deprecated since Docker 1.13. It still works, but tools that read image
 * metadata look for the `org.opencontainers.image.authors` label, so the contact for a
 * vulnerable image is lost to scanners and registries.
 */
export const dockerfileMaintainer: IacRule = {
  id: 'dockerfile-maintainer',
  title: 'Deprecated MAINTAINER instruction',
  severity: 'info',
  confidence: 'high',
  tags: ['CWE-477'],
  equivalents: ['CKV_DOCKER_6', 'DL4000'],
  description: 'A MAINTAINER instruction, deprecated in favour of a label.',
  remediation: 'Replace it with `LABEL org.opencontainers.image.authors="team@example.com"`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['MAINTAINER'], (instruction) => fail('MAINTAINER is deprecated: registries and scanners read the org.opencontainers.image.authors label, so the image has no contact they can find', instructionPath(instruction)));
  },
};
