import type { FindingDraft } from '../../../core/finding.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import { shellLines } from '../shell-lines.ts';
import { allSteps, type PipelineFile, type ScalarField } from '../workflow-model.ts';

interface Word {
  text: string;
  start: number;
  end: number;
}

// Versions that move: the newest release or a branch.
const movingVersion = /^(?:latest|next|master|main|head)$/i;
// pip, pip3, pip3.12.
const pipCommand = /^pip[0-9.]*$/;
// python, python3, python3.12, py.
const pythonCommand = /^(?:python[0-9.]*|py)$/;
// pip options followed by a value that is not a package.
const pipValueFlags: ReadonlySet<string> = new Set(['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-t', '--target', '--prefix', '-f', '--find-links', '--python', '--root']);
// Python packaging tools upgraded as a bootstrap; their version rarely matters and reporting them is noise.
const pythonBootstrap: ReadonlySet<string> = new Set(['pip', 'setuptools', 'wheel']);
// A pip requirement pinned to one version (`==`/`===`), a direct reference (`name @ url`), a path or an archive.
const pipPinned = /===?|^[./~]|:\/\/|\.(?:whl|tar\.gz|zip)$/;

/**
 * `npm install -g tool`, `pip install tool` or `go install tool@latest` fetch whatever the
 * registry serves at that moment. A maintainer account takeover or a typo-squatted release (as
 * with ua-parser-js, ctx and the 2025 npm worm) then runs inside the job with its token and
 * secrets; a pinned version only changes through a reviewed commit.
 */
export const unpinnedToolInstall: PipelineRule = {
  id: 'unpinned-tool-install',
  title: 'Tool installed in run: without a pinned version',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-829', 'CWE-494', 'supply-chain'],
  equivalents: [],
  description: 'A `run:` line installing a tool at whatever version is newest: `npm install -g`/`pnpm add -g`/`yarn global add` without `@version`, `pip`/`pipx`/`uv tool install` without `==`, `go install …@latest`, `cargo install` without `--version`, `gem install` without `-v`, or a `curl`/`wget` of a `/latest/` release URL. Project dependencies installed from a lockfile are not reported, nor pip, setuptools and wheel bootstrap upgrades.',
  remediation: 'Pin every tool: `npm install -g tool@1.2.3`, `pip install tool==1.2.3` (better: a hashed requirements file), `go install example.com/tool@v1.2.3`, `cargo install tool --version 1.2.3 --locked`, `gem install tool -v 1.2.3`, and download release assets by version with a checksum check.',
  check: (file) => [...allSteps(file)].flatMap(({ step }) => (step.run ? installsIn(file, step.run) : [])),
};

function installsIn(file: PipelineFile, run: ScalarField): FindingDraft[] {
  const view = viewScalar(file.source, run);
  return shellLines(view).flatMap((line) =>
    commandsOf(line.text).flatMap((words) => {
      const unpinned = unpinnedIn(words);
      if (!unpinned) return [];
      const range = viewRange(file.source, view, line.start + words[0]!.start, line.start + words.at(-1)!.end);
      const message = `${unpinned} is not pinned: whatever the registry serves today runs here with this job's token and secrets, so a hijacked or malicious new release gets in without review.`;
      return [draft('unpinned-tool-install', range, message, unpinned)];
    }),
  );
}

/** The words of each command on a line, split at `&&`, `||`, `;` and `|`, stopping at a comment. */
function commandsOf(line: string): Word[][] {
  const commands: Word[][] = [[]];
  // A run of non-blank characters: one shell word (quotes are stripped later, good enough for package names).
  for (const match of line.matchAll(/\S+/g)) {
    const text = match[0];
    if (text.startsWith('#')) break;
    if (['&&', '||', ';', '|'].includes(text)) {
      commands.push([]);
      continue;
    }
    const trailingSeparator = text.endsWith(';');
    commands.at(-1)!.push({ text: text.replace(/;$/, '').replace(/^["']|["']$/g, ''), start: match.index, end: match.index + text.length - (trailingSeparator ? 1 : 0) });
    if (trailingSeparator) commands.push([]);
  }
  return commands.map(dropPrefixes).filter((words) => words.length > 0);
}

/** Drops `sudo` and `NAME=value` prefixes so the command word comes first. */
function dropPrefixes(words: Word[]): Word[] {
  let index = 0;
  // `sudo`, or an environment assignment `NAME=value`.
  while (index < words.length && (words[index]!.text === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]!.text))) index += 1;
  return words.slice(index);
}

/** A description of the unpinned install, or undefined when everything it installs is pinned. */
function unpinnedIn(words: Word[]): string | undefined {
  const texts = words.map((word) => word.text);
  const [command, sub, third] = texts;
  if ((command === 'npm' && (sub === 'install' || sub === 'i' || sub === 'add')) || (command === 'pnpm' && (sub === 'add' || sub === 'install' || sub === 'i'))) {
    return texts.includes('-g') || texts.includes('--global') ? firstUnpinned(`${command} global install of`, texts.slice(2), npmPinned) : undefined;
  }
  if (command === 'yarn' && sub === 'global' && third === 'add') return firstUnpinned('yarn global add of', texts.slice(3), npmPinned);
  if (pipCommand.test(command ?? '') && sub === 'install') return pipUnpinned(texts.slice(2));
  if (pythonCommand.test(command ?? '') && sub === '-m' && pipCommand.test(third ?? '') && texts[3] === 'install') return pipUnpinned(texts.slice(4));
  if ((command === 'pipx' && sub === 'install') || (command === 'uv' && sub === 'tool' && third === 'install')) return pipUnpinned(texts.slice(command === 'uv' ? 3 : 2));
  if (command === 'go' && sub === 'install') return firstUnpinned('go install of', texts.slice(2), (arg) => !arg.includes('@') || !movingVersion.test(arg.slice(arg.lastIndexOf('@') + 1)));
  if (command === 'cargo' && sub === 'install') return cargoUnpinned(texts.slice(2));
  if (command === 'gem' && sub === 'install') return texts.some((text) => text === '-v' || text === '--version' || text.startsWith('--version=')) ? undefined : firstUnpinned('gem install of', texts.slice(2), (arg) => arg.includes(':'));
  if (command === 'curl' || command === 'wget') return latestDownload(texts.slice(1));
  return undefined;
}

/** The first non-option argument that `isPinned` rejects, described for the message. */
function firstUnpinned(what: string, args: string[], isPinned: (arg: string) => boolean): string | undefined {
  const arg = args.find((candidate) => !candidate.startsWith('-') && candidate !== '' && !candidate.includes('$') && !isPinned(candidate));
  return arg === undefined ? undefined : `The ${what} ${arg}`;
}

/** `tool@1.2.3` or `@scope/tool@1.2.3`, but not `tool@latest`. */
function npmPinned(arg: string): boolean {
  const at = arg.lastIndexOf('@');
  if (at <= 0) return arg.startsWith('.') || arg.startsWith('/') || arg.includes('://');
  return !movingVersion.test(arg.slice(at + 1));
}

function pipUnpinned(args: string[]): string | undefined {
  const packages = args.filter((arg, index) => !pipValueFlags.has(args[index - 1] ?? '') && !pythonBootstrap.has(arg.toLowerCase()));
  if (args.includes('-e') || args.includes('--editable')) return undefined;
  return firstUnpinned('pip install of', packages, (arg) => pipPinned.test(arg));
}

function cargoUnpinned(args: string[]): string | undefined {
  if (args.some((arg) => ['--version', '--vers', '--path', '--rev', '--tag'].includes(arg) || arg.startsWith('--version=') || arg.startsWith('--path='))) return undefined;
  const valueFlags = new Set(['--git', '--branch', '--root', '--target', '--features', '-F', '--bin', '--registry', '--index', '-j', '--jobs', '--profile']);
  const crates = args.filter((arg, index) => !valueFlags.has(args[index - 1] ?? ''));
  return firstUnpinned('cargo install of', crates, (arg) => arg.includes('@'));
}

function latestDownload(args: string[]): string | undefined {
  // A URL whose path names the moving `latest` release (`/releases/latest/download/…`, `/latest/tool.tar.gz`).
  const url = args.find((arg) => /:\/\/\S*\/latest(?:\/|$)/i.test(arg));
  return url === undefined ? undefined : `The download of ${url}`;
}
