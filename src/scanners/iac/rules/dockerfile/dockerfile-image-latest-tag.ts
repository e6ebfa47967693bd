import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import type { DockerStage } from '../../formats/dockerfile/dockerfile-model.ts';

/**
 * `latest` (which is what an untagged image means) moves whenever the publisher pushes. Builds
 * stop being reproducible, a compromised or broken upstream release flows straight into your
 * image, and nobody can tell afterwards which base a running container was built from.
 */
export const dockerfileImageLatestTag: IacRule = {
  id: 'dockerfile-image-latest-tag',
  title: 'Base image untagged or latest',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-1357'],
  equivalents: ['CKV_DOCKER_7', 'DL3006', 'DL3007'],
  description: 'A FROM image with no tag or the tag `latest` and no digest. Earlier stages named in FROM and `scratch` are not images; a tag decided by a build argument without default is not judged.',
  remediation: 'Name a release tag, ideally with its digest: `FROM python:3.12-slim@sha256:<digest>`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts = model.stages.flatMap((stage) => judgeStage(stage) ?? []);
    return verdicts.filter((verdict) => verdict.outcome !== 'pass').length > 0 ? verdicts.filter((verdict) => verdict.outcome !== 'pass') : verdicts.slice(0, 1);
  },
};

function judgeStage(stage: DockerStage): IacVerdict | undefined {
  const { image } = stage;
  // `FROM build` names an earlier stage (the parser links it), which is not an image.
  // An empty name (`FROM ${UNDECLARED}`) does not build at all; nothing to judge.
  if (image.isScratch || stage.parentStage !== undefined || image.name === '') return undefined;
  const path = `stages.${stage.index}`;
  if (typeof image.digest === 'string') return pass;
  for (const part of [image.name, image.tag, image.digest]) if (isUnknown(part)) return unknown(part.reason, path);
  if (image.tag === undefined) return fail(`base image "${image.text}" has no tag, so it means latest: every build may pull a different, possibly broken or compromised image`, path);
  if (image.tag === 'latest') return fail(`base image "${image.text}" uses the latest tag: every build may pull a different, possibly broken or compromised image`, path);
  return pass;
}
