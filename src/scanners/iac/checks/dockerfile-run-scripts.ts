import type { DockerInstruction } from '../formats/dockerfile/dockerfile-model.ts';
import { shellCommands, type ShellCommand } from './shell-commands.ts';

/** Shells that run a script given with `-c` or on standard input. */
const shells: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/**
 * The shell scripts a RUN runs: its shell-form text, the script of an exec-form `sh -c`, and
 * here-documents that are the script (`RUN <<EOF`) or fed to a shell (`RUN bash <<EOF`).
 * Here-documents written to files (`RUN cat <<EOF > /etc/conf`) are data, not commands.
 */
export function runScripts(instruction: DockerInstruction): string[] {
  if (instruction.form === 'exec') {
    const [program, ...rest] = instruction.arguments;
    const dashC = rest.indexOf('-c');
    if (program !== undefined && shells.has(baseName(program)) && dashC !== -1 && rest[dashC + 1] !== undefined) return [rest[dashC + 1]!];
    return [instruction.arguments.join(' ')];
  }
  const scripts = [instruction.text];
  const leading = instruction.text.trimStart();
  instruction.heredocs.forEach((heredoc, position) => {
    const isScript = position === 0 && leading.startsWith('<<');
    if (isScript || isFedToShell(instruction.text, heredoc.delimiter)) scripts.push(heredoc.body);
  });
  return scripts;
}

/** Commands already split, per instruction: many rules read the same RUN. */
const commandsCache = new WeakMap<DockerInstruction, ShellCommand[]>();

/** Every simple command a RUN runs, in order. */
export function runCommands(instruction: DockerInstruction): ShellCommand[] {
  let commands = commandsCache.get(instruction);
  if (!commands) {
    commands = runScripts(instruction).flatMap(shellCommands);
    commandsCache.set(instruction, commands);
  }
  return commands;
}

function isFedToShell(text: string, delimiter: string): boolean {
  const marker = text.search(new RegExp(`<<-?["']?${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  if (marker === -1) return false;
  // The last command word before the marker is a shell, maybe with options (`bash -ex <<EOF`).
  return /(?:^|[\s;&|/])(?:ba|a|da|z|k)?sh(?:\s+-[A-Za-z]+)*\s*$/.test(text.slice(0, marker));
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** A `RUN --mount=type=cache` (or tmpfs) whose target is one of the directories. */
export function hasCacheMount(instruction: DockerInstruction, targets: readonly string[]): boolean {
  return (instruction.flags.mount ?? []).some((mount) => {
    const fields = new Map(mount.split(',').map((field) => [field.split('=')[0]!.trim(), field.slice(field.indexOf('=') + 1).trim()] as const));
    const type = fields.get('type');
    const target = (fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '').replace(/\/+$/, '');
    return (type === 'cache' || type === 'tmpfs') && targets.some((wanted) => target === wanted.replace(/\/+$/, ''));
  });
}
