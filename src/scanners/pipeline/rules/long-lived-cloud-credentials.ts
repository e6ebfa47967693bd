import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { actionName, withValue } from '../step-actions.ts';
import { stepGroups, type EnvVar, type Job, type PipelineFile, type Step } from '../workflow-model.ts';

interface ActionInputCheck {
  action: string;
  // Inputs that carry a stored key; the first one set is reported.
  inputs: readonly string[];
  // Only `input: false` counts (a switch that turns trusted publishing off).
  whenFalse?: boolean;
  what: string;
  instead: string;
}

const actionChecks: readonly ActionInputCheck[] = [
  { action: 'aws-actions/configure-aws-credentials', inputs: ['aws-access-key-id', 'aws-secret-access-key'], what: 'a stored AWS access key', instead: '`role-to-assume` with GitHub OIDC (`permissions: id-token: write`)' },
  { action: 'google-github-actions/auth', inputs: ['credentials_json'], what: 'a stored service account key', instead: 'Workload Identity Federation (`workload_identity_provider` + `service_account`, `id-token: write`)' },
  { action: 'azure/login', inputs: ['creds'], what: 'a stored service principal client secret', instead: 'OIDC federated credentials (`client-id`, `tenant-id`, `subscription-id`, `id-token: write`)' },
  { action: 'pypa/gh-action-pypi-publish', inputs: ['password'], what: 'a stored PyPI API token', instead: 'PyPI trusted publishing (drop `password`, grant `id-token: write`)' },
  { action: 'rubygems/configure-rubygems-credentials', inputs: ['api-token'], what: 'a stored RubyGems API key', instead: 'RubyGems trusted publishing (`role-to-assume`, `id-token: write`)' },
  { action: 'rubygems/release-gem', inputs: ['setup-trusted-publisher'], whenFalse: true, what: 'a stored RubyGems API key instead of trusted publishing', instead: 'trusted publishing (leave `setup-trusted-publisher` at its default)' },
];

interface PublishCommand {
  // Matches the publish command in a `run:` script.
  command: RegExp;
  tokens: ReadonlySet<string>;
  what: string;
  instead: string;
}

const publishCommands: readonly PublishCommand[] = [
  // `npm publish`, `pnpm publish`, `yarn publish` or `yarn npm publish` as a word.
  { command: /\b(?:npm|pnpm|yarn(?:\s+npm)?)\s+publish\b/, tokens: new Set(['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN']), what: 'a stored npm token', instead: 'npm trusted publishing (`id-token: write`, npm 11.5+, no token)' },
  // `twine upload`, `uv publish` or `poetry publish`.
  { command: /\btwine\b[\s\\]+upload\b|\buv\s+publish\b|\bpoetry\s+publish\b/, tokens: new Set(['TWINE_PASSWORD', 'UV_PUBLISH_TOKEN', 'POETRY_PYPI_TOKEN_PYPI']), what: 'a stored PyPI token', instead: 'PyPI trusted publishing (`pypa/gh-action-pypi-publish` or `uv publish` with `id-token: write`)' },
  // `cargo publish`.
  { command: /\bcargo\s+publish\b/, tokens: new Set(['CARGO_REGISTRY_TOKEN']), what: 'a stored crates.io token', instead: 'crates.io trusted publishing (`rust-lang/crates-io-auth-action`, `id-token: write`)' },
  // `gem push`.
  { command: /\bgem\s+push\b/, tokens: new Set(['GEM_HOST_API_KEY']), what: 'a stored RubyGems API key', instead: 'RubyGems trusted publishing (`rubygems/release-gem`)' },
];

// A `secrets.NAME` reference inside an expression.
const secretReference = /\bsecrets\s*\.\s*[A-Za-z_]/i;

/**
 * A key stored as a repository secret works from anywhere, for months, until someone rotates it:
 * one leaked log, poisoned action or injected step hands an attacker the cloud account or the
 * package name. OIDC and trusted publishing exchange a token minted for this one run, scoped to
 * this repository and workflow, that expires within the hour.
 */
export const longLivedCloudCredentials: PipelineRule = {
  id: 'long-lived-cloud-credentials',
  title: 'Long-lived cloud or registry key where OIDC or trusted publishing exists',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'CWE-324', 'supply-chain'],
  equivalents: ['use-trusted-publishing'],
  description: 'AWS access keys given to `aws-actions/configure-aws-credentials`, `credentials_json` to `google-github-actions/auth`, `creds` to `azure/login`, a `password` to `pypa/gh-action-pypi-publish`, RubyGems API keys, or `npm`/`twine`/`uv`/`poetry`/`cargo`/`gem` publish steps fed a token from `secrets`. Unlike zizmor\'s `use-trusted-publishing`, a publish command without a stored token is not reported (it may already use trusted publishing).',
  remediation: 'Use short-lived credentials: AWS `role-to-assume`, GCP Workload Identity Federation, Azure OIDC `client-id`/`tenant-id`/`subscription-id`, or the registry\'s trusted publishing, all with `permissions: id-token: write` on the job; then delete the stored key and revoke it.',
  check: (file) => dedupe(stepGroups(file).flatMap(({ job, steps }) => steps.flatMap((step) => [...actionInputs(file, step), ...publishTokens(file, job, step)]))),
};

function actionInputs(file: PipelineFile, step: Step): FindingDraft[] {
  const name = actionName(step);
  const check = actionChecks.find((candidate) => candidate.action === name);
  if (!check) return [];
  const input = check.inputs.find((key) => {
    const value = withValue(step, key)?.trim();
    return check.whenFalse ? value?.toLowerCase() === 'false' : Boolean(value);
  });
  const keySpan = input ? step.with.get(input)?.keySpan : undefined;
  if (!input || !keySpan) return [];
  const message = `${name} is given ${check.what} (\`${input}\`): anyone who gets it from a log, a compromised action or an injected step can use it from anywhere until it is revoked. Use ${check.instead}.`;
  return [draft('long-lived-cloud-credentials', rangeOf(file.source, keySpan), message, `${name}:${input}`)];
}

function publishTokens(file: PipelineFile, job: Job | undefined, step: Step): FindingDraft[] {
  const run = step.run?.value;
  if (!run) return [];
  return publishCommands.flatMap((publish) => {
    if (!publish.command.test(run)) return [];
    const token = findToken(file, job, step, publish.tokens);
    if (!token) return [];
    const message = `This publish step gets ${publish.what} through ${token.name}: whoever steals it from a log, cache or compromised dependency can publish a malicious release under this package's name. Use ${publish.instead}.`;
    return [draft('long-lived-cloud-credentials', rangeOf(file.source, token.keySpan), message, `publish:${token.name}`)];
  });
}

/** The nearest `env:` entry (step, then job, then workflow) naming one of the token variables with a secret. */
function findToken(file: PipelineFile, job: Job | undefined, step: Step, names: ReadonlySet<string>): EnvVar | undefined {
  const scopes = [step.env, job?.env ?? [], file.kind === 'workflow' ? file.env : []];
  for (const env of scopes) {
    const found = env.find((variable) => names.has(variable.name));
    if (found) return found.value && secretReference.test(found.value.value) ? found : undefined;
  }
  return undefined;
}

/** One finding per place: a job-level token shared by several publish steps is reported once. */
function dedupe(drafts: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>();
  return drafts.filter((item) => {
    const key = `${item.startLine}:${item.startColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
