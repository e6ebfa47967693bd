import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/**
 * Installing both curl and wget to download files doubles the tools an attacker can use from a
 * compromised container to fetch payloads, and doubles the CVEs to patch in the image, for no
 * benefit: either one does the job.
 */
export const dockerfileCurlAndWget: IacRule = {
  id: 'dockerfile-curl-and-wget',
  title: 'Both curl and wget used in one stage',
  severity: 'info',
  confidence: 'low',
  tags: ['CWE-1104'],
  equivalents: ['DL4001'],
  description: 'A stage whose RUN instructions use both `curl` and `wget`; the RUN that brings in the second tool is reported.',
  remediation: 'Pick one downloader per stage (e.g. `curl -fsSL`), and keep it out of the final stage if the application does not need it.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts: IacVerdict[] = [];
    for (const stage of model.stages) {
      const used = new Set<string>();
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const tools = runCommands(instruction).map((command) => effectiveCommand(command)?.name).filter((name): name is string => name === 'curl' || name === 'wget');
        if (tools.length === 0) continue;
        const hadBoth = used.size === 2;
        for (const tool of tools) used.add(tool);
        verdicts.push(used.size === 2 && !hadBoth ? fail('both curl and wget are used in this stage: twice the download tools for an attacker and twice the CVEs to patch', instructionPath(instruction)) : pass);
      }
    }
    const problems = verdicts.filter((verdict) => verdict.outcome !== 'pass');
    return problems.length > 0 ? problems : verdicts.slice(0, 1);
  },
};
