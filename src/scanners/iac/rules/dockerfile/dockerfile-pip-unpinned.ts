import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { pipCommand, type PackageCommand } from '../../checks/package-manager-commands.ts';
import { hasOption } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `pip install flask` resolves the newest release from PyPI at build time. A malicious or
 * broken release (typosquats and hijacked maintainer accounts are common on PyPI) goes straight
 * into the image, and the build cannot be reproduced.
 */
export const dockerfilePipUnpinned: IacRule = {
  id: 'dockerfile-pip-unpinned',
  title: 'pip install without pinned versions',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-1357', 'CWE-494'],
  equivalents: ['DL3013'],
  description: 'A `pip install` of named packages without a version specifier (`==`, `>=`, `~=`…); requirement and constraint files (`-r`, `-c`), local paths, wheels and VCS URLs with a ref are not judged unpinned.',
  remediation: 'Install from a locked requirements file with hashes: `pip install --no-cache-dir --require-hashes -r requirements.txt`, or pin: `pip install flask==3.0.3`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const unpinned = runCommands(instruction)
        .map(pipCommand)
        .filter((pip): pip is PackageCommand => pip?.subcommand === 'install' && !usesRequirementFiles(pip))
        .flatMap((pip) => pip.packages.filter((name) => !isPinned(name) && !name.includes('$')));
      return unpinned.length > 0 ? fail(`pip installs ${unpinned.slice(0, 3).map((name) => `"${name}"`).join(', ')} without a version, so any new release, malicious ones included, goes into the image`, instructionPath(instruction)) : pass;
    });
  },
};

function usesRequirementFiles(pip: PackageCommand): boolean {
  return hasOption(pip.args, 'requirement', 'r') || hasOption(pip.args, 'constraint', 'c') || pip.packages.includes('.');
}

function isPinned(name: string): boolean {
  // A version specifier: ==, >=, <=, !=, ~=, ===, < or >.
  if (/[=<>!~]/.test(name)) return true;
  // A VCS URL pinned to a ref (`git+https://…@v1.2`).
  if (/^(?:git|hg|svn|bzr)\+/.test(name)) return /@[^/]+$/.test(name.replace(/^[a-z+]+:\/\/[^@/]*@/, ''));
  // Local wheels, sdists and directories.
  return /\.(?:whl|tar\.gz|zip)$/.test(name) || name.includes('/');
}
