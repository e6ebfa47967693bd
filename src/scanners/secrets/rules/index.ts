import type { SecretRule } from '../secret-rule.ts';
import { awsAccessKeyId } from './aws-access-key-id.ts';
import { awsSecretAccessKey } from './aws-secret-access-key.ts';
import { genericSecretAssignment } from './generic-secret-assignment.ts';
import { githubFineGrainedToken } from './github-fine-grained-token.ts';
import { githubToken } from './github-token.ts';
import { privateKey } from './private-key.ts';
// rules-group-a imports (cloud, VCS, CI, package registries, infrastructure)
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
  // end rules-group-a
  // rules-group-b
  // end rules-group-b
] as const satisfies readonly SecretRule[];
