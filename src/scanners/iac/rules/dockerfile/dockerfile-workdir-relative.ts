import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';

/**
 * A relative WORKDIR resolves against whatever directory the base image last set. When the base
 * image changes its WORKDIR, files land somewhere else and commands run in an unexpected
 * directory, silently breaking permissions and cleanup steps.
 */
export const dockerfileWorkdirRelative: IacRule = {
  id: 'dockerfile-workdir-relative',
  title: 'Relative WORKDIR',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['CKV_DOCKER_10', 'DL3000'],
  description: 'A WORKDIR whose path, after ARG and ENV expansion, is not absolute (`/app`, or `C:\\app` on Windows).',
  remediation: 'Give WORKDIR an absolute path, e.g. `WORKDIR /app`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['WORKDIR'], (instruction) => {
      if (isUnknown(instruction.expanded)) return unknown(instruction.expanded.reason, instructionPath(instruction));
      const path = instruction.expanded.trim().replace(/^["']|["']$/g, '');
      // Absolute: a leading slash, or a Windows drive (`C:\`, `C:/`).
      return /^(?:\/|[A-Za-z]:[\\/])/.test(path) ? pass : fail(`WORKDIR "${path}" is relative: it resolves against the base image's directory, so files and commands end up wherever that image last pointed`, instructionPath(instruction));
    });
  },
};
