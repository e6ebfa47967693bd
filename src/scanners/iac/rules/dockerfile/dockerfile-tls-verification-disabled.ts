import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { pipCommand } from '../../checks/package-manager-commands.ts';
import { effectiveCommand, hasOption, type ShellCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Turning off certificate checks in a build (`curl -k`, `wget --no-check-certificate`,
 * `pip --trusted-host`, `npm config set strict-ssl false`) lets anyone on the network path, a
 * proxy, a hostile Wi-Fi or a compromised CI network, serve their own packages and scripts,
 * which then run as root and ship in the image.
 */
export const dockerfileTlsVerificationDisabled: IacRule = {
  id: 'dockerfile-tls-verification-disabled',
  title: 'TLS certificate check disabled in RUN',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-295'],
  equivalents: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_13', 'CKV2_DOCKER_15'],
  description: 'A RUN that disables certificate validation: `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip install --trusted-host`, `npm`/`yarn config set strict-ssl false` or `--strict-ssl=false`, `git config http.sslVerify false` or `git -c http.sslVerify=false`, `yum`/`dnf config-manager --setopt=…sslverify=0`.',
  remediation: 'Keep verification on and trust the right CA instead: `COPY corp-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates`, then `curl -fsSL https://…`; for pip and npm point `PIP_CERT` / `NODE_EXTRA_CA_CERTS` at that bundle.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const tool = runCommands(instruction).map(insecureTool).find((name) => name !== undefined);
      return tool ? fail(`${tool} runs with certificate checks off, so anyone on the network path can serve their own files to the build, which then run as root or ship in the image`, instructionPath(instruction), { detail: tool }) : pass;
    });
  },
};

/** The tool of a command that turns certificate validation off, if it does. */
function insecureTool(command: ShellCommand): string | undefined {
  const run = effectiveCommand(command);
  if (!run) return undefined;
  const { name, args } = run;
  if (name === 'curl' && hasOption(args, 'insecure', 'k')) return 'curl';
  if (name === 'wget' && hasOption(args, 'no-check-certificate')) return 'wget';
  if (pipCommand(command) && hasOption(args, 'trusted-host')) return name;
  if ((name === 'npm' || name === 'yarn') && (isStrictSslOff(args) || args.some((arg) => /^--strict-ssl=(?:false|0)$/i.test(arg)))) return name;
  // `git config [--global] http.sslVerify false` and `git -c http.sslVerify=false …`.
  if (name === 'git' && args.some((arg, index) => /^http\.(?:[^ ]*\.)?sslverify(?:=(?:false|0|no))?$/i.test(arg) && (arg.includes('=') || /^(?:false|0|no)$/i.test(args[index + 1] ?? '')))) return 'git';
  // `yum-config-manager --setopt=repo.sslverify=0` or `dnf config-manager --setopt=sslverify=false`.
  if (/^(?:yum|dnf|yum-config-manager|dnf-config-manager)$/.test(name) && args.some((arg) => /^--setopt=["']?(?:[^=\s]+\.)?sslverify["']?=["']?(?:0|false|no)["']?$/i.test(arg))) return name;
  return undefined;
}

/** `npm config set strict-ssl false`, `npm set strict-ssl=false`, `yarn config set strict-ssl false`. */
function isStrictSslOff(args: readonly string[]): boolean {
  const set = args.indexOf('set');
  if (set === -1) return false;
  const key = args[set + 1] ?? '';
  const value = key.includes('=') ? key.slice(key.indexOf('=') + 1) : (args[set + 2] ?? '');
  return /^strict-ssl(?:=|$)/.test(key) && /^(?:false|0)$/i.test(value);
}
