import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentSource } from '../vendor-assignment.ts';

// A UUID, lower-case for private app tokens, either case for legacy API keys.
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const anyCaseUuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * A HubSpot private app token (or a legacy API key) reads and writes the CRM it was granted:
 * contacts, companies, deals, e-mail engagement, all of it customer data.
 */
export const hubspotAccessToken: SecretRule = {
  id: 'hubspot-access-token',
  title: 'HubSpot access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'crm', 'hubspot'],
  equivalents: ['hubspot-api-key', 'HubSpotApiKey', 'HubSpot'],
  description: 'A HubSpot private app access token (pat-na1-…, pat-eu1-…), or a legacy API key in a hapikey= parameter or assigned to a name mentioning HubSpot.',
  remediation: 'Rotate the token in HubSpot (Settings > Integrations > Private apps > Auth) and keep the new one in a secret store.',
  keywords: ['pat-na', 'pat-eu', 'pat-ap', 'hapikey', 'hubspot'],
  /*
   * pat-, a region and digit, -, and a UUID; or hapikey= and a UUID; or a key naming hubspot
   * assigned a UUID.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_-])(?<current>pat-(?:na|eu|ap)\d{1,2}-${uuid})(?![A-Za-z0-9_-])|` +
      String.raw`[?&]hapikey=(?<inUrl>${anyCaseUuid})(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: 'hubspot|hapikey', value: anyCaseUuid }),
  ),
  secretGroups: ['current', 'inUrl', 'secret'],
  // App, form and portal ids can be UUIDs too: a legacy key needs a name about a key and not about an id.
  validate: (_secret, groups) =>
    groups.secret === undefined || (isCredentialName(groups) && !/(?:^|[^a-z])id\b|guid|portal|form/i.test(assignedNames(groups))),
  refine: (_secret, { groups }) => (groups.current === undefined ? { message: 'Legacy HubSpot API key found' } : undefined),
};
