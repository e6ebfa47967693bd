import type { SecretRule } from '../secret-rule.ts';
import { awsAccessKeyId } from './aws-access-key-id.ts';
import { awsSecretAccessKey } from './aws-secret-access-key.ts';
import { authorizationHeader } from './authorization-header.ts';
import { cliPasswordArgument } from './cli-password-argument.ts';
import { genericSecretAssignment } from './generic-secret-assignment.ts';
import { jwkPrivateKey } from './jwk-private-key.ts';
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
import { airtableToken } from './airtable-token.ts';
import { algoliaAdminKey } from './algolia-admin-key.ts';
import { anthropicAdminKey } from './anthropic-admin-key.ts';
import { anthropicApiKey } from './anthropic-api-key.ts';
import { asanaToken } from './asana-token.ts';
import { atlassianApiToken } from './atlassian-api-token.ts';
import { auth0ClientSecret } from './auth0-client-secret.ts';
import { braintreeAccessToken } from './braintree-access-token.ts';
import { brevoApiKey } from './brevo-api-key.ts';
import { clickupApiToken } from './clickup-api-token.ts';
import { cloudinaryUrl } from './cloudinary-url.ts';
import { cohereApiKey } from './cohere-api-key.ts';
import { contentfulToken } from './contentful-token.ts';
import { databricksToken } from './databricks-token.ts';
import { datadogApiKey } from './datadog-api-key.ts';
import { datadogAppKey } from './datadog-app-key.ts';
import { deepseekApiKey } from './deepseek-api-key.ts';
import { discordBotToken } from './discord-bot-token.ts';
import { discordWebhookUrl } from './discord-webhook-url.ts';
import { dropboxAccessToken } from './dropbox-access-token.ts';
import { duffelApiToken } from './duffel-api-token.ts';
import { dynatraceApiToken } from './dynatrace-api-token.ts';
import { easypostApiKey } from './easypost-api-key.ts';
import { facebookAccessToken } from './facebook-access-token.ts';
import { facebookAppSecret } from './facebook-app-secret.ts';
import { figmaToken } from './figma-token.ts';
import { flutterwaveSecretKey } from './flutterwave-secret-key.ts';
import { frameioToken } from './frameio-token.ts';
import { grafanaApiKey } from './grafana-api-key.ts';
import { grafanaCloudToken } from './grafana-cloud-token.ts';
import { grafanaServiceAccountToken } from './grafana-service-account-token.ts';
import { groqApiKey } from './groq-api-key.ts';
import { hubspotAccessToken } from './hubspot-access-token.ts';
import { huggingfaceToken } from './huggingface-token.ts';
import { intercomAccessToken } from './intercom-access-token.ts';
import { langsmithApiKey } from './langsmith-api-key.ts';
import { launchdarklyAccessToken } from './launchdarkly-access-token.ts';
import { linearApiKey } from './linear-api-key.ts';
import { lobApiKey } from './lob-api-key.ts';
import { mailchimpApiKey } from './mailchimp-api-key.ts';
import { mailgunApiKey } from './mailgun-api-key.ts';
import { mapboxSecretToken } from './mapbox-secret-token.ts';
import { microsoftTeamsWebhookUrl } from './microsoft-teams-webhook-url.ts';
import { mistralApiKey } from './mistral-api-key.ts';
import { newRelicInsightsKey } from './new-relic-insights-key.ts';
import { newRelicLicenseKey } from './new-relic-license-key.ts';
import { newRelicUserApiKey } from './new-relic-user-api-key.ts';
import { notionToken } from './notion-token.ts';
import { oktaApiToken } from './okta-api-token.ts';
import { openaiApiKey } from './openai-api-key.ts';
import { perplexityApiKey } from './perplexity-api-key.ts';
import { pineconeApiKey } from './pinecone-api-key.ts';
import { plaidAccessToken } from './plaid-access-token.ts';
import { plaidSecret } from './plaid-secret.ts';
import { posthogPersonalApiKey } from './posthog-personal-api-key.ts';
import { postmanApiKey } from './postman-api-key.ts';
import { postmarkServerToken } from './postmark-server-token.ts';
import { prefectApiKey } from './prefect-api-key.ts';
import { razorpayKeySecret } from './razorpay-key-secret.ts';
import { replicateApiToken } from './replicate-api-token.ts';
import { resendApiKey } from './resend-api-key.ts';
import { sendgridApiKey } from './sendgrid-api-key.ts';
import { sentryAuthToken } from './sentry-auth-token.ts';
import { shippoApiToken } from './shippo-api-token.ts';
import { shopifyAccessToken } from './shopify-access-token.ts';
import { shopifySharedSecret } from './shopify-shared-secret.ts';
import { slackAppToken } from './slack-app-token.ts';
import { slackToken } from './slack-token.ts';
import { slackWebhookUrl } from './slack-webhook-url.ts';
import { snykToken } from './snyk-token.ts';
import { squareAccessToken } from './square-access-token.ts';
import { squareOauthSecret } from './square-oauth-secret.ts';
import { stripeRestrictedKey } from './stripe-restricted-key.ts';
import { stripeSecretKey } from './stripe-secret-key.ts';
import { stripeWebhookSecret } from './stripe-webhook-secret.ts';
import { supabaseAccessToken } from './supabase-access-token.ts';
import { telegramBotToken } from './telegram-bot-token.ts';
import { twilioApiKey } from './twilio-api-key.ts';
import { twilioAuthToken } from './twilio-auth-token.ts';
import { twitchToken } from './twitch-token.ts';
import { twitterBearerToken } from './twitter-bearer-token.ts';
import { typeformToken } from './typeform-token.ts';
import { wandbApiKey } from './wandb-api-key.ts';
import { xaiApiKey } from './xai-api-key.ts';
import { zendeskApiToken } from './zendesk-api-token.ts';
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
  // eval-driven additions
  authorizationHeader,
  cliPasswordArgument,
  jwkPrivateKey,
  vercelToken,
  // end rules-group-a
  // rules-group-b
  airtableToken,
  algoliaAdminKey,
  anthropicAdminKey,
  anthropicApiKey,
  asanaToken,
  atlassianApiToken,
  auth0ClientSecret,
  braintreeAccessToken,
  brevoApiKey,
  clickupApiToken,
  cloudinaryUrl,
  cohereApiKey,
  contentfulToken,
  databricksToken,
  datadogApiKey,
  datadogAppKey,
  deepseekApiKey,
  discordBotToken,
  discordWebhookUrl,
  dropboxAccessToken,
  duffelApiToken,
  dynatraceApiToken,
  easypostApiKey,
  facebookAccessToken,
  facebookAppSecret,
  figmaToken,
  flutterwaveSecretKey,
  frameioToken,
  grafanaApiKey,
  grafanaCloudToken,
  grafanaServiceAccountToken,
  groqApiKey,
  hubspotAccessToken,
  huggingfaceToken,
  intercomAccessToken,
  langsmithApiKey,
  launchdarklyAccessToken,
  linearApiKey,
  lobApiKey,
  mailchimpApiKey,
  mailgunApiKey,
  mapboxSecretToken,
  microsoftTeamsWebhookUrl,
  mistralApiKey,
  newRelicInsightsKey,
  newRelicLicenseKey,
  newRelicUserApiKey,
  notionToken,
  oktaApiToken,
  openaiApiKey,
  perplexityApiKey,
  pineconeApiKey,
  plaidAccessToken,
  plaidSecret,
  posthogPersonalApiKey,
  postmanApiKey,
  postmarkServerToken,
  prefectApiKey,
  razorpayKeySecret,
  replicateApiToken,
  resendApiKey,
  sendgridApiKey,
  sentryAuthToken,
  shippoApiToken,
  shopifyAccessToken,
  shopifySharedSecret,
  slackAppToken,
  slackToken,
  slackWebhookUrl,
  snykToken,
  squareAccessToken,
  squareOauthSecret,
  stripeRestrictedKey,
  stripeSecretKey,
  stripeWebhookSecret,
  supabaseAccessToken,
  telegramBotToken,
  twilioApiKey,
  twilioAuthToken,
  twitchToken,
  twitterBearerToken,
  typeformToken,
  wandbApiKey,
  xaiApiKey,
  zendeskApiToken,
  // end rules-group-b
] as const satisfies readonly SecretRule[];
