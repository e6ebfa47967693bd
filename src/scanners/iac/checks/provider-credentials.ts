import { valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown } from '../iac-value.ts';

/** One argument of a provider block that must not hold a secret written into the configuration. */
export interface SecretArgument {
  name: string;
  /** What the secret is, for the message (`secret access key`, `API token`). */
  what: string;
  /** True when the written value is shaped like the secret; by default any non-empty string is. */
  looksSecret?: (value: string) => boolean;
}

/**
 * Judges a `provider` block's credential arguments: a string written in the configuration (or in
 * a variable default, which is just as committed) that looks like the secret fails; a value from
 * an unset variable, a data source or the environment is unknown or absent, never a finding.
 * The secret itself is never put in the message.
 */
export function judgeProviderSecrets(provider: IacResource, secrets: readonly SecretArgument[], consequence: string): IacVerdict | IacVerdict[] {
  const verdicts: IacVerdict[] = [];
  for (const secret of secrets) {
    const value = valueAt(provider, secret.name);
    if (isUnknown(value)) {
      verdicts.push(unknown(value.reason, secret.name));
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (secret.looksSecret && !secret.looksSecret(value)) continue;
    verdicts.push(fail(`the provider configuration holds a hard-coded ${secret.what}: ${consequence}`, secret.name, { detail: secret.name }));
  }
  const failures = verdicts.filter((verdict) => verdict.outcome === 'fail');
  if (failures.length > 0) return failures;
  return verdicts[0] ?? pass;
}
