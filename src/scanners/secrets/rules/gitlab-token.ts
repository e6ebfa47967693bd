import type { Severity } from '../../../core/severity.ts';
import type { SecretRule } from '../secret-rule.ts';

// What each prefix can do, from broad write access down to read-only feeds.
const prefixSeverity: Record<string, { severity: Severity; kind: string }> = {
  glpat: { severity: 'critical', kind: 'personal, project or group access token' },
  gloas: { severity: 'high', kind: 'OAuth application secret' },
  gldt: { severity: 'high', kind: 'deploy token' },
  glptt: { severity: 'high', kind: 'pipeline trigger token' },
  glcbt: { severity: 'high', kind: 'CI/CD job token' },
  glimt: { severity: 'high', kind: 'incoming mail token' },
  glsoat: { severity: 'high', kind: 'SCIM OAuth token' },
  glagent: { severity: 'critical', kind: 'Kubernetes agent token' },
  glft: { severity: 'medium', kind: 'feed token' },
  glffct: { severity: 'low', kind: 'feature flags client token' },
  glwt: { severity: 'high', kind: 'workspace token' },
};

/**
 * GitLab tokens act on GitLab as a user, project, group, deploy key or agent: read private code,
 * push commits, run pipelines with their secrets, or reach Kubernetes clusters through agents.
 */
export const gitlabToken: SecretRule = {
  id: 'gitlab-token',
  title: 'GitLab token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'vcs', 'ci'],
  equivalents: ['gitlab-pat', 'gitlab-pat-routable', 'gitlab-deploy-token', 'gitlab-ptt', 'gitlab-cicd-job-token', 'gitlab-incoming-mail-token', 'gitlab-scim-token', 'gitlab-oauth-app-secret', 'gitlab-kubernetes-agent-token', 'gitlab-feed-token', 'gitlab-feature-flag-client-token', 'Gitlab', 'GitLabV2'],
  description: 'A GitLab token with a documented prefix: glpat-, gloas-, gldt-, glptt-, glcbt-, glimt-, glsoat-, glagent-, glft-, glffct- or glwt-, in the classic or routable (.01.) format.',
  remediation: 'Revoke it in GitLab (User settings > Access tokens, the project or group token page, or the admin token search), check the audit events, and store the replacement as a masked CI/CD variable.',
  keywords: ['glpat-', 'gloas-', 'gldt-', 'glptt-', 'glcbt-', 'glimt-', 'glsoat-', 'glagent-', 'glft-', 'glffct-', 'glwt-'],
  // Prefix, optional CI job token partition (hex + _), 20+ base64url characters, optional routable
  // suffix (.version.checksum). Instance prefixes such as "acme-glpat-" are covered by the boundary.
  pattern: /(?<![A-Za-z0-9_])(?<secret>gl(?:pat|oas|dt|ptt|cbt|imt|soat|agent|ft|ffct|wt)-(?:[0-9a-fA-F]{1,5}_)?[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?)(?![A-Za-z0-9_.-])/,
  minEntropy: 3.3,
  // Lowercase words joined by hyphens are CSS classes and flags (glft-navigation-header), not random bodies.
  validate: (secret) => !/^[a-z-]+$/.test(secret.slice(secret.indexOf('-') + 1)),
  refine: (secret) => {
    const prefix = secret.slice(0, secret.indexOf('-'));
    const known = prefixSeverity[prefix];
    return known ? { severity: known.severity, message: `GitLab ${known.kind} found` } : undefined;
  },
};
