import { isUnknown, type UnknownValue } from '../iac-value.ts';
import { actionMatches, type PolicyDocument, type PolicyStatement, type StatementFinding } from './aws-iam-policy.ts';

/**
 * API calls whose response carries credentials (access keys, passwords, tokens, session
 * credentials), as catalogued by Cloudsplaining's "credentials exposure" list. ECR's registry
 * token is left out: Checkov leaves it out too, since every image pull needs it.
 */
export const credentialsExposureActions: readonly string[] = [
  'airflow:CreateCliToken', 'airflow:CreateWebLoginToken', 'appsync:CreateApiKey', 'chime:CreateApiKey', 'cloud9:CreateEnvironmentToken',
  'codeartifact:GetAuthorizationToken', 'codepipeline:PollForJobs', 'cognito-identity:GetOpenIdToken', 'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-identity:GetCredentialsForIdentity', 'cognito-idp:GetSigningCertificate', 'connect:GetFederationToken', 'connect:GetFederationTokens',
  'ec2:GetPasswordData', 'ecr-public:GetAuthorizationToken', 'emr-containers:GetManagedEndpointSessionCredentials',
  'finspace-api:GetProgrammaticAccessCredentials', 'gamelift:RequestUploadCredentials', 'gamelift:GetInstanceAccess', 'grafana:CreateWorkspaceApiKey',
  'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:CreateServiceSpecificCredential', 'iam:ResetServiceSpecificCredential', 'iam:UpdateAccessKey',
  'license-manager:GetAccessToken', 'lightsail:GetInstanceAccessDetails', 'lightsail:DownloadDefaultKeyPair', 'lightsail:CreateBucketAccessKey',
  'lightsail:GetRelationalDatabaseMasterUserPassword', 'mediapackage:RotateChannelCredentials', 'mediapackage:RotateIngestEndpointCredentials',
  'rds-db:Connect', 'redshift:GetClusterCredentials', 'redshift:GetClusterCredentialsWithIAM', 'redshift-serverless:GetCredentials',
  'sso:GetRoleCredentials', 'sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:GetFederationToken', 'sts:GetSessionToken',
];

/** Read actions that hand out stored data and secrets in bulk: every object, every parameter, every secret. */
export const dataExfiltrationActions: readonly string[] = [
  's3:GetObject', 'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'secretsmanager:GetSecretValue',
];

/**
 * Statements that allow any of `actions` on `*` resources (a `NotAction` on `*` counts as
 * allowing everything it does not list), with the actions they grant. Unknown when no
 * statement is found and a deciding value is unknown.
 */
export function unconstrainedSensitiveActions(policy: PolicyDocument, actions: readonly string[]): StatementFinding[] | UnknownValue {
  const findings: StatementFinding[] = [];
  let undecided: UnknownValue | undefined;
  for (const statement of policy.statements) {
    const granted = grantedOnEveryResource(statement, actions);
    if (isUnknown(granted)) undecided ??= granted;
    else if (granted.length > 0) findings.push({ path: statement.path, actions: granted });
  }
  if (findings.length > 0) return findings;
  return undecided ?? [];
}

function grantedOnEveryResource(statement: PolicyStatement, actions: readonly string[]): string[] | UnknownValue {
  if (isUnknown(statement.effect)) return statement.effect;
  if (statement.effect !== 'Allow') return [];
  const resources = statement.resources ?? [];
  if (!resources.includes('*')) return resources.find(isUnknown) ?? [];
  if (statement.notActions && !statement.actions) {
    const excluded = statement.notActions.filter((pattern): pattern is string => typeof pattern === 'string');
    return actions.filter((action) => !excluded.some((pattern) => actionMatches(pattern, action)));
  }
  const patterns = statement.actions ?? [];
  const granted = actions.filter((action) => patterns.some((pattern) => typeof pattern === 'string' && actionMatches(pattern, action)));
  return granted.length > 0 ? granted : patterns.find(isUnknown) ?? [];
}
