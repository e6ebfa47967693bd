import { isIacObject, isUnknown, PartlyKnownText, UnknownValue, type IacObject, type IacValue } from '../iac-value.ts';

/** One statement of an IAM policy, in plain values; list entries may be unknown. */
export interface PolicyStatement {
  /** `Allow` or `Deny` (Allow when not written, as in `aws_iam_policy_document`). */
  effect: string | UnknownValue;
  actions: Entry[] | undefined;
  notActions: Entry[] | undefined;
  resources: Entry[] | undefined;
  notResources: Entry[] | undefined;
  /** Where the statement is written, relative to the resource (`statement.0`, `policy`), for locating findings. */
  path: string;
}

export type Entry = string | UnknownValue;

export interface PolicyDocument {
  statements: PolicyStatement[];
}

/**
 * The `Statement` list of a policy written as JSON text (trailing commas forgiven), as partly
 * known text (read around its unknown parts, see `readJsonText`) or as an object. Undefined when
 * the value is not a policy document; unknown when the policy or its statement list could not
 * be evaluated.
 */
export function policyStatements(value: IacValue | undefined): IacValue[] | UnknownValue | undefined {
  const document = value instanceof PartlyKnownText ? (readJsonText(value) ?? value) : typeof value === 'string' ? (parseLenientJson(value) as IacValue | undefined) : value;
  if (isUnknown(document)) return document;
  if (!isIacObject(document)) return undefined;
  const statements = document['Statement'];
  if (isUnknown(statements)) return statements;
  return Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
}

/**
 * A policy written as JSON text (heredoc, `jsonencode`, a CloudFormation string) or as an object
 * (`PolicyDocument` in CloudFormation). Undefined when it is not a policy document at all;
 * unknown when it could not be evaluated.
 */
export function parsePolicyJson(value: IacValue | undefined, path: string): PolicyDocument | UnknownValue | undefined {
  const statements = policyStatements(value);
  if (statements === undefined || isUnknown(statements)) return statements;
  return {
    statements: statements.filter(isIacObject).map((statement) => ({
      effect: effectOf(statement['Effect']),
      actions: entries(statement['Action']),
      notActions: entries(statement['NotAction']),
      resources: entries(statement['Resource']),
      notResources: entries(statement['NotResource']),
      path,
    })),
  };
}

/** The `statement` blocks of a Terraform `aws_iam_policy_document` data source. */
export function policyFromDocumentBlocks(blocks: readonly IacValue[]): PolicyDocument | UnknownValue {
  const statements: PolicyStatement[] = [];
  for (const [index, block] of blocks.entries()) {
    if (isUnknown(block)) return block;
    if (!isIacObject(block)) continue;
    statements.push({
      effect: effectOf(block['effect']),
      actions: entries(block['actions']),
      notActions: entries(block['not_actions']),
      resources: entries(block['resources']),
      notResources: entries(block['not_resources']),
      path: `statement.${index}`,
    });
  }
  return { statements };
}

/**
 * JSON text some of whose parts are unknown (a heredoc policy with `${aws_s3_bucket.b.arn}` in a
 * `Resource`): parsed with a placeholder for each unknown part, then every string holding a
 * placeholder is that unknown again. Undefined when the text is not JSON that way, or an unknown
 * part is an object key or stands outside a string (`"Action": ${jsonencode(var.actions)}`):
 * then too much is unknown to read it.
 */
export function readJsonText(text: PartlyKnownText): IacValue | undefined {
  const marker = (index: number): string => `@@rampart-unknown-${index}@@`;
  const unknowns: UnknownValue[] = [];
  const source = text.parts.map((part) => (typeof part === 'string' ? part : marker(unknowns.push(part) - 1))).join('');
  const parsed = parseLenientJson(source);
  if (parsed === undefined) return undefined;
  const placeholder = /@@rampart-unknown-(\d+)@@/;
  let isReadable = true;
  const restore = (value: unknown): IacValue => {
    if (typeof value === 'string') {
      const found = placeholder.exec(value);
      return found ? unknowns[Number(found[1])]! : value;
    }
    if (Array.isArray(value)) return value.map(restore);
    if (value !== null && typeof value === 'object') {
      const restored: IacObject = {};
      for (const [key, entry] of Object.entries(value)) {
        if (placeholder.test(key)) isReadable = false;
        restored[key] = restore(entry);
      }
      return restored;
    }
    return value as IacValue;
  };
  const result = restore(parsed);
  return isReadable ? result : undefined;
}

/**
 * JSON as people write it in heredocs: AWS and Checkov accept a trailing comma before `]` or `}`,
 * so a policy with one is read rather than skipped.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // A comma followed only by whitespace and a closing bracket or brace.
      return JSON.parse(text.replace(/,(\s*[\]}])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function effectOf(value: IacValue | undefined): string | UnknownValue {
  if (isUnknown(value)) return value;
  return typeof value === 'string' ? value : 'Allow';
}

function entries(value: IacValue | undefined): Entry[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item): Entry[] => (typeof item === 'string' || isUnknown(item) ? [item] : []));
}

/** A finding about one statement: the statement's path and the offending action patterns. */
export interface StatementFinding {
  path: string;
  actions: string[];
}

/**
 * Statements that allow `*` actions on `*` resources (full administrator). A statement whose
 * deciding values are unknown makes the answer unknown only when nothing else is found.
 */
export function fullAdminStatements(policy: PolicyDocument): StatementFinding[] | UnknownValue {
  return scan(policy, (statement) => {
    if (!statement.actions || !statement.resources) return [];
    return includesStar(statement.actions) && includesStar(statement.resources) ? ['*'] : unknownIn([...statement.actions, ...statement.resources]);
  });
}

/** Statements that allow the `*` action, whatever the resources. */
export function starActionStatements(policy: PolicyDocument): StatementFinding[] | UnknownValue {
  return scan(policy, (statement) => (statement.actions && includesStar(statement.actions) ? ['*'] : unknownIn(statement.actions ?? [])));
}

export type AccessLevel = 'write' | 'permissions-management';

/**
 * Allowed action patterns, on `*` resources, that grant actions of the given access level:
 * the IAM reference levels "Write" and "Permissions management", judged from the action
 * verb and a list of known permission-changing actions, since the scanner ships no full action
 * catalogue. Actions that cannot be scoped to a resource are not counted, as there is nothing to
 * constrain. A `NotAction` on `*` resources grants nearly everything and counts as `*`.
 */
export function unconstrainedActions(policy: PolicyDocument, level: AccessLevel): StatementFinding[] | UnknownValue {
  return scan(policy, (statement) => {
    const resources = statement.resources ?? (statement.notResources ? [] : undefined);
    if (!resources || !includesStar(resources)) return unknownIn(resources ?? []);
    const patterns = statement.actions ?? (statement.notActions ? ['*'] : []);
    const granted = patterns.filter((pattern): pattern is string => typeof pattern === 'string' && !unrestrictableActions.has(pattern.toLowerCase()) && patternGrantsLevel(pattern, level));
    return granted.length > 0 ? granted : unknownIn(patterns);
  });
}

// Write actions that support no resource-level permissions: `"*"` is the only resource they can have.
const unrestrictableActions = new Set(['xray:puttracesegments', 'xray:puttelemetryrecords', 'cloudwatch:putmetricdata', 'kms:createkey', 'kms:generaterandom']);

/**
 * Combinations of actions known to let a principal raise its own privileges (published by
 * Rhino Security Labs): creating a new policy version, attaching policies, passing a role to a
 * compute service it controls. Each needs all of its actions allowed somewhere in the policy.
 */
export const privilegeEscalationPaths: readonly (readonly string[])[] = [
  ['iam:CreatePolicyVersion'],
  ['iam:SetDefaultPolicyVersion'],
  ['iam:CreateAccessKey'],
  ['iam:CreateLoginProfile'],
  ['iam:UpdateLoginProfile'],
  ['iam:AttachUserPolicy'],
  ['iam:AttachGroupPolicy'],
  ['iam:AttachRolePolicy', 'sts:AssumeRole'],
  ['iam:PutUserPolicy'],
  ['iam:PutGroupPolicy'],
  ['iam:PutRolePolicy', 'sts:AssumeRole'],
  ['iam:AddUserToGroup'],
  ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  ['lambda:UpdateFunctionCode'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['glue:UpdateDevEndpoint'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
  ['iam:PassRole', 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
  ['sagemaker:CreatePresignedNotebookInstanceUrl'],
  ['codestar:CreateProject', 'iam:PassRole'],
];

/** The escalation paths the policy's Allow statements open, each as its list of actions. */
export function privilegeEscalations(policy: PolicyDocument): string[][] | UnknownValue {
  const allowed: string[] = [];
  let undecided: UnknownValue | undefined;
  for (const statement of policy.statements) {
    if (isUnknown(statement.effect)) {
      undecided ??= statement.effect;
      continue;
    }
    if (statement.effect !== 'Allow') continue;
    if (statement.notActions && !statement.actions) allowed.push('*');
    for (const pattern of statement.actions ?? []) {
      if (isUnknown(pattern)) undecided ??= pattern;
      else allowed.push(pattern);
    }
  }
  const open = privilegeEscalationPaths.filter((path) => path.every((action) => allowed.some((pattern) => actionMatches(pattern, action))));
  if (open.length > 0) return open.map((path) => [...path]);
  return undecided ?? [];
}

/** Whether an IAM action pattern (`s3:Put*`, `*`, `iam:?ttach*`) matches a concrete action, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
  return globToRegExp(pattern).test(action);
}

/** Compiled patterns: the privilege-escalation check matches each allowed pattern against dozens of actions. */
const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 10_000;

function globToRegExp(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (compiled) return compiled;
  // Escape regex metacharacters, then turn IAM wildcards into their regex forms (* any run, ? one character).
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  compiled = new RegExp(`^${source}$`, 'i');
  if (compiledPatterns.size < MAX_COMPILED_PATTERNS) compiledPatterns.set(pattern, compiled);
  return compiled;
}

// Verbs that start the names of actions at the "Write" access level (a changed resource, a started job, a sent message).
const writeVerbs = [
  'Abort', 'Accept', 'Activate', 'Add', 'Apply', 'Associate', 'Attach', 'Authorize', 'Batch', 'Cancel', 'Change', 'Complete', 'Copy', 'Create',
  'Deactivate', 'Decrypt', 'Delete', 'Deregister', 'Detach', 'Disable', 'Disassociate', 'Enable', 'Encrypt', 'Execute', 'Export', 'Generate', 'Import',
  'Initiate', 'Invoke', 'Modify', 'Move', 'Pass', 'Promote', 'Publish', 'Purge', 'Put', 'Reboot', 'ReEncrypt', 'Register', 'Reject', 'Release', 'Remove',
  'Replace', 'Replicate', 'Reset', 'Restore', 'Retire', 'Revoke', 'Rotate', 'Run', 'Schedule', 'Send', 'Set', 'Start', 'Stop', 'Submit', 'Terminate',
  'Update', 'Upload', 'Write',
];

// Actions at the "Permissions management" level: they change who may access a resource.
const permissionsManagementActions: Readonly<Record<string, readonly string[]>> = {
  s3: ['PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketAcl', 'PutObjectAcl', 'PutObjectVersionAcl', 'PutBucketPublicAccessBlock', 'DeleteBucketPublicAccessBlock', 'PutAccountPublicAccessBlock', 'PutAccessPointPolicy', 'DeleteAccessPointPolicy', 'PutBucketOwnershipControls'],
  kms: ['CreateGrant', 'PutKeyPolicy', 'RetireGrant', 'RevokeGrant'],
  lambda: ['AddPermission', 'RemovePermission', 'AddLayerVersionPermission', 'RemoveLayerVersionPermission'],
  sns: ['AddPermission', 'RemovePermission', 'SetTopicAttributes'],
  sqs: ['AddPermission', 'RemovePermission', 'SetQueueAttributes'],
  ecr: ['SetRepositoryPolicy', 'DeleteRepositoryPolicy', 'PutRegistryPolicy', 'DeleteRegistryPolicy'],
  'ecr-public': ['SetRepositoryPolicy', 'DeleteRepositoryPolicy'],
  secretsmanager: ['PutResourcePolicy', 'DeleteResourcePolicy'],
  es: ['AuthorizeVpcEndpointAccess', 'RevokeVpcEndpointAccess', 'UpdateElasticsearchDomainConfig', 'UpdateDomainConfig', 'CreateElasticsearchServiceRole', 'CreateServiceRole'],
  ec2: ['ModifySnapshotAttribute', 'ModifyImageAttribute', 'ResetSnapshotAttribute', 'ResetImageAttribute', 'CreateNetworkInterfacePermission', 'DeleteNetworkInterfacePermission', 'ModifyVpcEndpointServicePermissions'],
  glacier: ['SetVaultAccessPolicy', 'DeleteVaultAccessPolicy', 'InitiateVaultLock', 'CompleteVaultLock', 'AbortVaultLock'],
  events: ['PutPermission', 'RemovePermission'],
  backup: ['PutBackupVaultAccessPolicy', 'DeleteBackupVaultAccessPolicy'],
  elasticfilesystem: ['PutFileSystemPolicy', 'DeleteFileSystemPolicy'],
  glue: ['PutResourcePolicy', 'DeleteResourcePolicy'],
  ssm: ['ModifyDocumentPermission', 'PutResourcePolicy', 'DeleteResourcePolicy'],
  cloudformation: ['SetStackPolicy'],
  dynamodb: ['PutResourcePolicy', 'DeleteResourcePolicy'],
  kinesis: ['PutResourcePolicy', 'DeleteResourcePolicy'],
  apigateway: ['UpdateRestApiPolicy'],
  codeartifact: ['PutDomainPermissionsPolicy', 'PutRepositoryPermissionsPolicy', 'DeleteDomainPermissionsPolicy', 'DeleteRepositoryPermissionsPolicy'],
  ram: ['CreateResourceShare', 'AssociateResourceShare', 'UpdateResourceShare', 'DeleteResourceShare'],
  organizations: ['AttachPolicy', 'DetachPolicy', 'CreatePolicy', 'DeletePolicy', 'UpdatePolicy', 'EnablePolicyType', 'DisablePolicyType'],
  sso: ['AttachManagedPolicyToPermissionSet', 'DetachManagedPolicyFromPermissionSet', 'PutInlinePolicyToPermissionSet', 'DeleteInlinePolicyFromPermissionSet', 'CreateAccountAssignment', 'DeleteAccountAssignment'],
};

// IAM actions that change permissions: policies, trust, boundaries.
const iamPermissionsPattern = /^(?:Attach|Detach|Put|Delete|Create|Update|Set)\w*(?:Policy|PolicyVersion|PermissionsBoundary)$|^(?:CreatePolicyVersion|SetDefaultPolicyVersion|UpdateAssumeRolePolicy)$/;

/** Whether an allowed action pattern may grant an action of the access level. */
export function patternGrantsLevel(pattern: string, level: AccessLevel): boolean {
  if (pattern === '*') return true;
  const colon = pattern.indexOf(':');
  if (colon < 0) return false;
  const service = pattern.slice(0, colon).toLowerCase();
  const name = pattern.slice(colon + 1);
  if (level === 'write') return nameMayStartWithVerb(name);
  if (service === 'iam') return name.includes('*') || name.includes('?') ? iamCandidates.some((action) => actionMatches(name, action)) : iamPermissionsPattern.test(name);
  const known = permissionsManagementActions[service] ?? [];
  return known.some((action) => actionMatches(name, action));
}

// Concrete IAM permissions-management actions to test wildcard names against.
const iamCandidates = [
  'AttachUserPolicy', 'AttachGroupPolicy', 'AttachRolePolicy', 'DetachUserPolicy', 'DetachGroupPolicy', 'DetachRolePolicy', 'PutUserPolicy', 'PutGroupPolicy',
  'PutRolePolicy', 'DeleteUserPolicy', 'DeleteGroupPolicy', 'DeleteRolePolicy', 'CreatePolicy', 'CreatePolicyVersion', 'DeletePolicy', 'DeletePolicyVersion',
  'SetDefaultPolicyVersion', 'UpdateAssumeRolePolicy', 'PutUserPermissionsBoundary', 'PutRolePermissionsBoundary', 'DeleteUserPermissionsBoundary', 'DeleteRolePermissionsBoundary',
];

/** A name pattern may match a write action when its literal start is (or begins) a write verb, or it starts with a wildcard. */
function nameMayStartWithVerb(name: string): boolean {
  const wildcard = name.search(/[*?]/);
  const literal = (wildcard < 0 ? name : name.slice(0, wildcard)).toLowerCase();
  return writeVerbs.some((verb) => {
    const lower = verb.toLowerCase();
    return wildcard < 0 ? literal.startsWith(lower) : lower.startsWith(literal) || literal.startsWith(lower);
  });
}

function scan(policy: PolicyDocument, offending: (statement: PolicyStatement) => string[] | UnknownValue | undefined): StatementFinding[] | UnknownValue {
  const findings: StatementFinding[] = [];
  let undecided: UnknownValue | undefined;
  for (const statement of policy.statements) {
    if (isUnknown(statement.effect)) {
      undecided ??= statement.effect;
      continue;
    }
    if (statement.effect !== 'Allow') continue;
    const result = offending(statement);
    if (isUnknown(result)) undecided ??= result;
    else if (result && result.length > 0) findings.push({ path: statement.path, actions: result });
  }
  if (findings.length > 0) return findings;
  return undecided ?? [];
}

function includesStar(list: readonly Entry[]): boolean {
  return list.includes('*');
}

function unknownIn(list: readonly Entry[]): UnknownValue | undefined {
  return list.find(isUnknown);
}
