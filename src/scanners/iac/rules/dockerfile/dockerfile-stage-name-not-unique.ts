import { dockerfileModel } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Two stages with one name make `COPY --from=<name>` and `--target <name>` ambiguous: BuildKit
 * refuses the file, and older builders silently take one of them, so artifacts can come from a
 * stage nobody meant to ship.
 */
export const dockerfileStageNameNotUnique: IacRule = {
  id: 'dockerfile-stage-name-not-unique',
  title: 'Stage name used twice',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['CKV_DOCKER_11', 'DL3024'],
  description: 'Two FROM instructions with the same `AS` name (compared case-insensitively, as BuildKit does).',
  remediation: 'Give every stage its own name: `FROM golang:1.22 AS build-api`, `FROM node:20 AS build-web`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const named = model.stages.filter((stage) => stage.name !== undefined);
    if (named.length < 2) return [];
    const seen = new Set<string>();
    const verdicts = named.flatMap((stage) => {
      const isRepeat = seen.has(stage.name!);
      seen.add(stage.name!);
      return isRepeat ? [fail(`stage name "${stage.name}" is used twice, so COPY --from and --target may pick a stage nobody meant to ship`, `stages.${stage.index}`)] : [];
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
