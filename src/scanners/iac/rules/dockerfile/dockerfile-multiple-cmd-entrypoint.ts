import { dockerfileModel, instructionPath } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/**
 * Only the last CMD and the last ENTRYPOINT of a stage take effect. Earlier ones are dead code
 * that reviewers still read as the way the container starts, so a change meant to harden
 * startup (a non-root wrapper, a safer flag) may edit the one that never runs.
 */
export const dockerfileMultipleCmdEntrypoint: IacRule = {
  id: 'dockerfile-multiple-cmd-entrypoint',
  title: 'Several CMD or ENTRYPOINT in one stage',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['DL4003', 'DL4004'],
  description: 'A stage with more than one CMD or more than one ENTRYPOINT; each one after the first is reported.',
  remediation: 'Keep one CMD and one ENTRYPOINT per stage, the one that should run.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts: IacVerdict[] = [];
    let isApplicable = false;
    for (const stage of model.stages) {
      for (const keyword of ['CMD', 'ENTRYPOINT']) {
        const all = stage.instructions.filter((instruction) => instruction.keyword === keyword);
        isApplicable ||= all.length > 0;
        for (const extra of all.slice(0, -1)) verdicts.push(fail(`this ${keyword} is overridden by a later ${keyword} in the same stage and never runs, so edits to it change nothing`, instructionPath(extra)));
      }
    }
    if (verdicts.length > 0) return verdicts;
    return isApplicable ? pass : [];
  },
};
