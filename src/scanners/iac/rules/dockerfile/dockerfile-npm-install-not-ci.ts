import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { npmCommand } from '../../checks/package-manager-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * A bare `npm install` resolves the ranges in package.json again and may rewrite the lockfile,
 * so the image gets dependency versions nobody reviewed or tested. `npm ci` installs exactly
 * what the committed lockfile says, and fails when the two disagree.
 */
export const dockerfileNpmInstallNotCi: IacRule = {
  id: 'dockerfile-npm-install-not-ci',
  title: 'npm install instead of npm ci',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1357'],
  equivalents: [],
  description: 'An `npm install` (or `npm i`) with no package names, which installs the project\'s dependencies from ranges rather than from the lockfile.',
  remediation: 'Copy package.json with package-lock.json and run `npm ci --omit=dev`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const bare = runCommands(instruction)
        .map(npmCommand)
        .some((npm) => npm !== undefined && (npm.subcommand === 'install' || npm.subcommand === 'i') && npm.packages.length === 0);
      return bare ? fail('npm install resolves version ranges anew instead of installing the lockfile, so the image gets dependency versions nobody reviewed', instructionPath(instruction)) : pass;
    });
  },
};
