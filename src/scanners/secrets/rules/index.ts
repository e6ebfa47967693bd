import type { SecretRule } from '../secret-rule.ts';
import { awsAccessKeyId } from './aws-access-key-id.ts';
import { awsSecretAccessKey } from './aws-secret-access-key.ts';
import { genericSecretAssignment } from './generic-secret-assignment.ts';
import { githubFineGrainedToken } from './github-fine-grained-token.ts';
import { githubToken } from './github-token.ts';
import { privateKey } from './private-key.ts';
// rules-group-a imports (cloud, VCS, CI, package registries, infrastructure)
import { ageSecretKey } from './age-secret-key.ts';
import { alibabaAccessKeyId } from './alibaba-access-key-id.ts';
import { alibabaAccessKeySecret } from './alibaba-access-key-secret.ts';
import { awsMwsKey } from './aws-mws-key.ts';
import { awsSessionToken } from './aws-session-token.ts';
import { azureAdClientSecret } from './azure-ad-client-secret.ts';
import { azureDevopsPat } from './azure-devops-pat.ts';
import { azureSasToken } from './azure-sas-token.ts';
import { azureSharedAccessKey } from './azure-shared-access-key.ts';
import { azureStorageAccountKey } from './azure-storage-account-key.ts';
import { bitbucketToken } from './bitbucket-token.ts';
import { brokerUrlPassword } from './broker-url-password.ts';
import { buildkiteToken } from './buildkite-token.ts';
import { circleciToken } from './circleci-token.ts';
import { cloudflareApiToken } from './cloudflare-api-token.ts';
import { cloudflareGlobalApiKey } from './cloudflare-global-api-key.ts';
import { cloudflareOriginCaKey } from './cloudflare-origin-ca-key.ts';
import { databaseUrlPassword } from './database-url-password.ts';
import { digitaloceanToken } from './digitalocean-token.ts';
import { dockerConfigAuth } from './docker-config-auth.ts';
import { dockerHubToken } from './docker-hub-token.ts';
import { dopplerToken } from './doppler-token.ts';
import { fastlyApiToken } from './fastly-api-token.ts';
import { firebaseCloudMessagingKey } from './firebase-cloud-messaging-key.ts';
import { flyIoToken } from './fly-io-token.ts';
import { gcpApiKey } from './gcp-api-key.ts';
import { gcpServiceAccountKey } from './gcp-service-account-key.ts';
import { gitlabRunnerToken } from './gitlab-runner-token.ts';
import { gitlabToken } from './gitlab-token.ts';
import { googleOauthClientSecret } from './google-oauth-client-secret.ts';
import { herokuApiKey } from './heroku-api-key.ts';
import { jfrogToken } from './jfrog-token.ts';
import { jwt } from './jwt.ts';
import { kubeconfigClientKey } from './kubeconfig-client-key.ts';
import { netlifyToken } from './netlify-token.ts';
import { netrcPassword } from './netrc-password.ts';
import { npmToken } from './npm-token.ts';
import { npmrcCredential } from './npmrc-credential.ts';
import { nugetApiKey } from './nuget-api-key.ts';
import { planetscaleToken } from './planetscale-token.ts';
import { pulumiAccessToken } from './pulumi-access-token.ts';
import { puttyPrivateKey } from './putty-private-key.ts';
import { pypiToken } from './pypi-token.ts';
import { pypircPassword } from './pypirc-password.ts';
import { rubygemsApiKey } from './rubygems-api-key.ts';
import { sonarqubeToken } from './sonarqube-token.ts';
import { tencentCloudSecretId } from './tencent-cloud-secret-id.ts';
import { tencentCloudSecretKey } from './tencent-cloud-secret-key.ts';
import { terraformCloudToken } from './terraform-cloud-token.ts';
import { urlBasicAuth } from './url-basic-auth.ts';
import { vaultToken } from './vault-token.ts';
import { vercelToken } from './vercel-token.ts';
// end rules-group-a imports
// rules-group-b imports (SaaS, payments, messaging, AI, observability, identity)
// end rules-group-b imports

/** Every built-in secret rule, one line each. The rules test checks each has fixtures and docs. */
export const secretRules = [
  awsAccessKeyId,
  awsSecretAccessKey,
  genericSecretAssignment,
  githubFineGrainedToken,
  githubToken,
  privateKey,
  // rules-group-a
  ageSecretKey,
  alibabaAccessKeyId,
  alibabaAccessKeySecret,
  awsMwsKey,
  awsSessionToken,
  azureAdClientSecret,
  azureDevopsPat,
  azureSasToken,
  azureSharedAccessKey,
  azureStorageAccountKey,
  bitbucketToken,
  brokerUrlPassword,
  buildkiteToken,
  circleciToken,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareOriginCaKey,
  databaseUrlPassword,
  digitaloceanToken,
  dockerConfigAuth,
  dockerHubToken,
  dopplerToken,
  fastlyApiToken,
  firebaseCloudMessagingKey,
  flyIoToken,
  gcpApiKey,
  gcpServiceAccountKey,
  gitlabRunnerToken,
  gitlabToken,
  googleOauthClientSecret,
  herokuApiKey,
  jfrogToken,
  jwt,
  kubeconfigClientKey,
  netlifyToken,
  netrcPassword,
  npmToken,
  npmrcCredential,
  nugetApiKey,
  planetscaleToken,
  pulumiAccessToken,
  puttyPrivateKey,
  pypiToken,
  pypircPassword,
  rubygemsApiKey,
  sonarqubeToken,
  tencentCloudSecretId,
  tencentCloudSecretKey,
  terraformCloudToken,
  urlBasicAuth,
  vaultToken,
  vercelToken,
  // end rules-group-a
  // rules-group-b
  // end rules-group-b
] as const satisfies readonly SecretRule[];
