import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/**
 * Even a precise tag (`3.12.4-slim`) is a mutable pointer: the publisher, or anyone who takes
 * over the repository or registry account, can push different content under it. Only a digest
 * names exact bytes, so a pinned digest is what keeps a hijacked tag out of your build.
 */
export const dockerfileImageNotPinnedByDigest: IacRule = {
  id: 'dockerfile-image-not-pinned-by-digest',
  title: 'Base image not pinned by digest',
  severity: 'low',
  confidence: 'low',
  tags: ['CWE-1357', 'CWE-494'],
  equivalents: [],
  description: 'A FROM image (not `scratch`, not an earlier stage) without an `@sha256:` digest.',
  remediation: 'Pin the digest next to the tag and let a bot such as Renovate or Dependabot update both: `FROM node:20.15-alpine@sha256:<digest>`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts: IacVerdict[] = [];
    for (const stage of model.stages) {
      const { image } = stage;
      // `FROM build` names an earlier stage (the parser links it), which is not an image.
      if (image.isScratch || stage.parentStage !== undefined || image.name === '') continue;
      const path = `stages.${stage.index}`;
      if (isUnknown(image.digest)) verdicts.push(unknown(image.digest.reason, path));
      else if (image.digest === undefined) verdicts.push(fail(`base image "${image.text}" is not pinned by digest: whoever controls the tag upstream can change what your build pulls`, path));
      else verdicts.push(pass);
    }
    const problems = verdicts.filter((verdict) => verdict.outcome !== 'pass');
    return problems.length > 0 ? problems : verdicts.slice(0, 1);
  },
};
