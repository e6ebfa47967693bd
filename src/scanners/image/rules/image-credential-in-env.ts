import { imageDraft, type ImageRule } from '../image-rule.ts';

/** Variable names that hold credentials: PASSWORD, SECRET, TOKEN, API_KEY, ACCESS_KEY, PRIVATE_KEY, as a word of the name. */
const credentialName = /(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)(?:_|$)/i;
/** Names that point at a credential rather than hold one (`DB_PASSWORD_FILE`, `TOKEN_PATH`, `SECRET_NAME`). */
const indirectName = /_(?:FILE|PATH|DIR|NAME|ID|URL|ENDPOINT|HEADER|TYPE)$/i;
/** Values that are not credentials: empty, a variable reference, a path, a boolean or a placeholder. */
const notACredential = /^(?:|\$.*|\/.*|true|false|yes|no|none|null|changeme|change-me|placeholder|<.*>|\*+)$/i;

/**
 * Anything in the config's `Env` is readable by whoever can pull the image (`docker inspect`), and
 * is copied into every container's environment and crash dump. A credential baked in there is
 * shared with everyone who can pull, and cannot be rotated without rebuilding.
 */
export const imageCredentialInEnv: ImageRule = {
  id: 'image-credential-in-env',
  title: 'Credential in image environment',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'CIS-DOCKER-4.10'],
  equivalents: [],
  description: 'An `ENV` of the image sets a variable named like a credential (PASSWORD, TOKEN, SECRET, API_KEY …) to a literal value.',
  remediation: 'Pass credentials at run time (orchestrator secrets, `--env-file` outside the image, BuildKit `--mount=type=secret` at build time) and rotate the exposed one.',
  check(model) {
    return (model.document.config?.Env ?? []).flatMap((entry, index) => {
      const equals = entry.indexOf('=');
      const name = equals === -1 ? entry : entry.slice(0, equals);
      const value = equals === -1 ? '' : entry.slice(equals + 1).trim();
      if (!credentialName.test(name) || indirectName.test(name) || notACredential.test(value)) return [];
      return [imageDraft(this.id, model, ['config', 'Env', index], `the image sets ${name} to a literal value (${value.length} characters, not shown): anyone who can pull the image can read it`, `env:${name}`)];
    });
  },
};
