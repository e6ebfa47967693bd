import { isUnknown } from '../../iac-value.ts';
import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import type { DockerInstruction } from '../../formats/dockerfile/dockerfile-model.ts';

/** Variables that switch certificate validation off, and the values that do it. */
const insecureSettings: readonly { name: string; isInsecure: (value: string) => boolean }[] = [
  { name: 'NODE_TLS_REJECT_UNAUTHORIZED', isInsecure: (value) => value === '0' },
  { name: 'PYTHONHTTPSVERIFY', isInsecure: (value) => value === '0' },
  { name: 'NPM_CONFIG_STRICT_SSL', isInsecure: (value) => /^(?:false|0)$/i.test(value) },
  // git and pip act on any value of these.
  { name: 'GIT_SSL_NO_VERIFY', isInsecure: (value) => value !== '' },
  { name: 'PIP_TRUSTED_HOST', isInsecure: (value) => value !== '' },
];

/**
 * An ENV that disables certificate checks (`NODE_TLS_REJECT_UNAUTHORIZED=0`,
 * `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`) stays in the image: not only the build but the
 * running application accepts any certificate, so anyone between it and its APIs can read and
 * change the traffic, credentials included.
 */
export const dockerfileTlsVerificationDisabledEnv: IacRule = {
  id: 'dockerfile-tls-verification-disabled-env',
  title: 'TLS certificate check disabled by a variable',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-295'],
  equivalents: ['CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_14', 'CKV2_DOCKER_16'],
  description: 'An ENV or ARG default, or a variable set in a RUN, that turns certificate validation off: `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false`, `GIT_SSL_NO_VERIFY` or `PIP_TRUSTED_HOST` with any value.',
  remediation: 'Remove the variable and trust the right CA instead: install it with `update-ca-certificates` and point `NODE_EXTRA_CA_CERTS`, `REQUESTS_CA_BUNDLE` or `PIP_CERT` at it.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['ENV', 'ARG', 'RUN'], (instruction) => (instruction.keyword === 'RUN' ? judgeRun(instruction) : judgePairs(instruction)));
  },
};

function judgePairs(instruction: DockerInstruction): IacVerdict {
  for (const pair of instruction.pairs) {
    const setting = settingFor(pair.key);
    if (!setting || pair.value === undefined) continue;
    if (isUnknown(pair.expanded)) return unknown(pair.expanded.reason, instructionPath(instruction));
    if (setting.isInsecure(stripQuotes(pair.expanded ?? pair.value))) return failFor(setting.name, instruction);
  }
  return pass;
}

/** `export NAME=value` or `NAME=value command` in the RUN's shell commands. */
function judgeRun(instruction: DockerInstruction): IacVerdict {
  for (const command of runCommands(instruction)) {
    const words = command.words[0] === 'export' ? command.words.slice(1) : command.words;
    for (const word of words) {
      // A leading `NAME=value` assignment; the first other word ends them.
      const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
      if (!assignment) break;
      const setting = settingFor(assignment[1]!);
      if (setting && setting.isInsecure(assignment[2]!)) return failFor(setting.name, instruction);
    }
  }
  return pass;
}

function settingFor(name: string): (typeof insecureSettings)[number] | undefined {
  const upper = name.toUpperCase();
  return insecureSettings.find((setting) => setting.name === upper);
}

function failFor(name: string, instruction: DockerInstruction): IacVerdict {
  return fail(`${name} turns certificate validation off, so anyone on the network path can read and change the traffic of the build and of the running container`, instructionPath(instruction), { detail: name });
}

function stripQuotes(value: string): string {
  return value.trim().replace(/^["']|["']$/g, '');
}
