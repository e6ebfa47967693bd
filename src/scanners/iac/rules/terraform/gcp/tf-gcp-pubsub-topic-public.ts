import { judgePublicGrant, PUBLIC_MEMBERS } from '../../../checks/gcp-iam-members.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A Pub/Sub topic shared with `allUsers` or `allAuthenticatedUsers` lets anyone publish forged messages into your pipelines or read them, depending on the role.
 */
export const tfGcpPubsubTopicPublic: IacRule = {
  id: 'tf-gcp-pubsub-topic-public',
  title: 'Pub/Sub topic accessible by anyone',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_99'],
  description: 'A `google_pubsub_topic_iam_member` or `_iam_binding` granting a role to `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Grant topic roles to the specific service accounts that publish or subscribe.',
  format: 'terraform',
  resourceTypes: ['google_pubsub_topic_iam_member', 'google_pubsub_topic_iam_binding'],
  check: (grant) => judgePublicGrant(grant, PUBLIC_MEMBERS, 'the topic role is granted to everyone: anyone can publish forged messages to it or read what it carries, depending on the role'),
};
