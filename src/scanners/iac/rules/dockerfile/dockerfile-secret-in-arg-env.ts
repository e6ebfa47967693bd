import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/** Names that say the value is a credential: PASSWORD, TOKEN, SECRET, API_KEY, PRIVATE_KEY, AWS_SECRET_ACCESS_KEY… as whole `_`-separated words. */
const secretName = /(?:^|_)(?:PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|SECRET|TOKEN|API_?KEY|APIKEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET_?KEY|CLIENT_?SECRET|CREDENTIALS?|AUTH_?KEY)(?:_|$)/;
/** Names about a credential rather than holding one: where it is, how long it lives, whether it is on. */
const metadataName = /_(?:FILE|PATH|DIR|URL|URI|HOST|PORT|NAME|USER|USERNAME|LENGTH|ENABLED|TYPE|HEADER|FIELD|TTL|EXPIRY|EXPIRES|TIMEOUT|LIFETIME|SIZE|COUNT|VERSION|ID|REGION|ENDPOINT)$/;

/**
 * ARG and ENV values are stored in the image: ENV in its config, and ARGs used by a RUN in the
 * layer history (`docker history` shows them). Anyone who can pull the image, from any
 * registry mirror or cache it was copied to, reads the credential.
 */
export const dockerfileSecretInArgEnv: IacRule = {
  id: 'dockerfile-secret-in-arg-env',
  title: 'Credential in ARG or ENV',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'CWE-538', 'CIS-DOCKER-4.10'],
  equivalents: ['DL3064'],
  description: 'An ARG default or ENV value that is a literal (not a `$VARIABLE`, not empty, not a path) under a name that says it is a credential: PASSWORD, TOKEN, SECRET, API_KEY, PRIVATE_KEY, AWS_SECRET_ACCESS_KEY and the like. The value itself is never reported.',
  remediation: 'Pass secrets to the build as BuildKit secrets (`RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`) and to the container at run time (orchestrator secrets, `--env-file`), never in the Dockerfile; rotate any credential that was committed.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['ARG', 'ENV'], (instruction) => {
      const leaked = instruction.pairs.find((pair) => isCredentialName(pair.key) && pair.value !== undefined && isLiteralSecret(pair.value));
      return leaked ? fail(`${instruction.keyword} ${leaked.key} holds a literal credential (value not shown): it is stored in the image, so anyone who can pull it reads the secret`, instructionPath(instruction), { detail: leaked.key }) : pass;
    });
  },
};

function isCredentialName(key: string): boolean {
  const upper = key.toUpperCase();
  return secretName.test(upper) && !metadataName.test(upper);
}

function isLiteralSecret(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 4) return false;
  // Values built from a variable (`$NPM_TOKEN`, `${TOKEN:-}`, `Bearer $TOKEN`) come from elsewhere.
  if (/\$\{?[A-Za-z_]/.test(trimmed)) return false;
  // Paths to secret files, booleans and obvious placeholders (`<token>`, `xxxx`, `changeit-in-prod`).
  if (trimmed.startsWith('/') || /^(?:true|false|yes|no|none|null|empty)$/i.test(trimmed)) return false;
  return !/^(?:<[^>]*>|x+|\*+|\.\.\.)$/i.test(trimmed);
}
