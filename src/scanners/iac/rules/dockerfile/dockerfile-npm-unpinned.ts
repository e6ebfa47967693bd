import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { npmCommand } from '../../checks/package-manager-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/** npm's install subcommand and its aliases. */
const installAliases: ReadonlySet<string> = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal']);

/**
 * `npm install -g typescript` installs the newest release at build time. npm has seen
 * hijacked packages publish malicious versions for hours before removal; an unpinned install
 * during that window ships the malware in your image.
 */
export const dockerfileNpmUnpinned: IacRule = {
  id: 'dockerfile-npm-unpinned',
  title: 'npm install of packages without versions',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-1357', 'CWE-494'],
  equivalents: ['DL3016'],
  description: 'An `npm install <package>` (or `npm i`, `npm add`) naming a package without `@version`; git URLs with `#ref`, tarballs and local folders count as pinned.',
  remediation: 'Pin the version: `npm install -g typescript@5.5.4`; for the project\'s own dependencies use `npm ci` with the committed lockfile.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const unpinned = runCommands(instruction)
        .map(npmCommand)
        .filter((npm) => npm !== undefined && installAliases.has(npm.subcommand))
        .flatMap((npm) => npm!.packages.filter((name) => !isPinned(name) && !name.includes('$')));
      return unpinned.length > 0 ? fail(`npm installs ${unpinned.slice(0, 3).map((name) => `"${name}"`).join(', ')} without a version, so a hijacked or broken release goes into the image`, instructionPath(instruction)) : pass;
    });
  },
};

function isPinned(name: string): boolean {
  // Git remotes pinned with `#ref`.
  if (/^(?:git(?:\+[a-z]+)?:\/\/|git@|github:)/.test(name)) return name.includes('#');
  // Tarballs and local folders.
  if (/\.(?:tgz|tar\.gz|tar)$/.test(name) || /^(?:\.{1,2}\/|\/|~\/|file:)/.test(name)) return true;
  // `name@version` or `@scope/name@version` (the scope's own @ does not count).
  return name.replace(/^@[^/]+\//, '').includes('@');
}
