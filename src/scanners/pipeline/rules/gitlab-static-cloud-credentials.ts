import type { FindingDraft } from '../../../core/finding.ts';
import type { GitlabFile, GitlabJob } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, gitlabViewDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';
import type { ScalarView } from '../scalar-view.ts';
import { lexScriptItem } from '../gitlab/script-view.ts';
import type { Span } from '../yaml-source.ts';

/** Variables that hold a long-lived cloud key, by provider, with the OIDC alternative. */
const staticKeyVariables: ReadonlyMap<string, { provider: string; alternative: string }> = new Map([
  ['AWS_SECRET_ACCESS_KEY', { provider: 'AWS', alternative: 'an IAM role assumed with `aws sts assume-role-with-web-identity` and an `id_tokens:` token' }],
  ['AWS_ACCESS_KEY_ID', { provider: 'AWS', alternative: 'an IAM role assumed with `aws sts assume-role-with-web-identity` and an `id_tokens:` token' }],
  ['GOOGLE_APPLICATION_CREDENTIALS', { provider: 'Google Cloud', alternative: 'Workload Identity Federation with an `id_tokens:` token' }],
  ['GOOGLE_CREDENTIALS', { provider: 'Google Cloud', alternative: 'Workload Identity Federation with an `id_tokens:` token' }],
  ['GCLOUD_SERVICE_KEY', { provider: 'Google Cloud', alternative: 'Workload Identity Federation with an `id_tokens:` token' }],
  ['GCP_SERVICE_ACCOUNT_KEY', { provider: 'Google Cloud', alternative: 'Workload Identity Federation with an `id_tokens:` token' }],
  ['GCP_SA_KEY', { provider: 'Google Cloud', alternative: 'Workload Identity Federation with an `id_tokens:` token' }],
  ['ARM_CLIENT_SECRET', { provider: 'Azure', alternative: 'a federated credential (`ARM_USE_OIDC`, `az login --federated-token`) with an `id_tokens:` token' }],
  ['AZURE_CLIENT_SECRET', { provider: 'Azure', alternative: 'a federated credential (`az login --federated-token`) with an `id_tokens:` token' }],
]);

interface Use {
  name: string;
  file: GitlabFile;
  place: { span: Span } | { view: ScalarView; start: number; end: number };
}

/**
 * A cloud access key stored as a CI/CD variable works from anywhere until someone rotates it: a
 * leaked job log, a malicious dependency or an injected script can copy it and use it for months.
 * GitLab issues each job a short-lived OIDC token (`id_tokens:`) that AWS, Google Cloud and Azure
 * exchange for credentials scoped to this project and, if the trust policy says so, to protected
 * branches; nothing long-lived is left to steal.
 */
export const gitlabStaticCloudCredentials: GitlabRule = {
  id: 'gitlab-static-cloud-credentials',
  title: 'Static cloud keys where GitLab OIDC exists',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-798', 'CWE-522', 'gitlab'],
  equivalents: [],
  description: 'A job without `id_tokens:` that sets or reads AWS access keys (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`), a Google service-account key (`GOOGLE_APPLICATION_CREDENTIALS`, `GCLOUD_SERVICE_KEY`, …) or an Azure client secret (`ARM_CLIENT_SECRET`, `AZURE_CLIENT_SECRET`) in `variables:` or its scripts. Reported once per job and provider.',
  remediation: 'Request an OIDC token in the job (`id_tokens: { AWS_TOKEN: { aud: https://gitlab.com } }`) and exchange it for short-lived credentials: an AWS IAM role trusting GitLab\'s OIDC provider, Google Workload Identity Federation, or an Azure federated credential, each limited to this project and its protected branches. Then delete the stored keys.',
  check: (pipeline) => pipeline.jobs.filter((job) => job.idTokens.length === 0).flatMap((job) => jobFindings(job)),
};

function jobFindings(job: GitlabJob): FindingDraft[] {
  const firstByProvider = new Map<string, Use>();
  for (const use of usesIn(job)) {
    const provider = staticKeyVariables.get(use.name)!.provider;
    if (!firstByProvider.has(provider)) firstByProvider.set(provider, use);
  }
  return [...firstByProvider.values()].map((use) => finding(job, use));
}

function* usesIn(job: GitlabJob): Generator<Use> {
  for (const variable of job.variables) if (staticKeyVariables.has(variable.name)) yield { name: variable.name, file: variable.key.file, place: { span: variable.key.keySpan } };
  for (const item of job.scripts) {
    const { view, lexed } = lexScriptItem(item.field);
    for (const ref of lexed.refs) {
      if (ref.quoting !== 'single' && staticKeyVariables.has(ref.name)) yield { name: ref.name, file: item.field.file, place: { view, start: ref.start, end: ref.end } };
    }
  }
}

function finding(job: GitlabJob, use: Use): FindingDraft {
  const { provider, alternative } = staticKeyVariables.get(use.name)!;
  const message = `Job ${job.name} uses ${use.name}, a long-lived ${provider} key, and requests no id_tokens: anyone who reads it from a log, an artifact or an injected script can use it until it is rotated. Use ${alternative} instead.`;
  const content = `${provider}:${use.name}`;
  if ('span' in use.place) return gitlabDraft('gitlab-static-cloud-credentials', use.file, use.place.span, message, content);
  return gitlabViewDraft('gitlab-static-cloud-credentials', use.file, use.place.view, use.place.start, use.place.end, message, content);
}
