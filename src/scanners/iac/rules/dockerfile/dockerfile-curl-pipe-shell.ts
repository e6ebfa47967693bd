import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand, type ShellCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/** Programs that download. */
const downloaders: ReadonlySet<string> = new Set(['curl', 'wget']);
/** Interpreters that run what they read. */
const interpreters: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'python', 'python3', 'perl', 'ruby', 'node']);

/**
 * Piping a download into a shell runs whatever the server sends, with the build's privileges
 * (usually root), and nothing records what ran. A compromised install script, a hijacked domain
 * or a download cut off mid-line all execute without any check.
 */
export const dockerfileCurlPipeShell: IacRule = {
  id: 'dockerfile-curl-pipe-shell',
  title: 'Download piped into a shell',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-494', 'CWE-829'],
  equivalents: [],
  description: 'A RUN that pipes `curl` or `wget` output into a shell or interpreter (`curl … | sh`, `wget -qO- … | bash`), or runs a shell on a download (`sh -c "$(curl …)"`, `bash <(curl …)`).',
  remediation: 'Download to a file, verify it, then run it: `curl -fsSLo install.sh https://example.com/install.sh && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`; better, install a pinned package or copy the binary from a pinned image.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) =>
      pipesDownloadIntoShell(runCommands(instruction)) ? fail('a download is piped into a shell: whatever the server (or whoever hijacks it) sends runs as root in the build, unverified', instructionPath(instruction)) : pass,
    );
  },
};

function pipesDownloadIntoShell(commands: readonly ShellCommand[]): boolean {
  for (let index = 0; index < commands.length; index++) {
    const run = effectiveCommand(commands[index]!);
    if (!run) continue;
    // `sh -c "$(curl …)"`, `bash <(curl …)`, ``sh -c "`wget -O- …`"``.
    if (interpreters.has(run.name) && run.args.some((arg) => /(?:\$\(|<\(|`)\s*(?:curl|wget)\b/.test(arg))) return true;
    if (!downloaders.has(run.name)) continue;
    for (let next = index + 1; next < commands.length && commands[next]!.after === '|'; next++) {
      const target = effectiveCommand(commands[next]!);
      if (target && interpreters.has(target.name)) return true;
    }
  }
  return false;
}
