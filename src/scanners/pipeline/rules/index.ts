import type { GitlabRule } from '../gitlab/gitlab-rule.ts';
import type { DependabotRule } from '../dependabot/dependabot-rule.ts';
import type { PipelineRule } from '../pipeline-rule.ts';
import { artipacked } from './artipacked.ts';
import { cachePoisoning } from './cache-poisoning.ts';
import { checkoutPersistsCredentials } from './checkout-persists-credentials.ts';
import { curlPipeShell } from './curl-pipe-shell.ts';
import { dangerousTriggerCheckout } from './dangerous-trigger-checkout.ts';
import { dependabotExternalCodeExecution } from './dependabot-external-code-execution.ts';
import { dependabotMissingCooldown } from './dependabot-missing-cooldown.ts';
import { dependabotRegistryCredentials } from './dependabot-registry-credentials.ts';
import { debugLoggingEnabled } from './debug-logging-enabled.ts';
import { excessivePermissions } from './excessive-permissions.ts';
import { githubEnvUntrustedWrite } from './github-env-untrusted-write.ts';
import { hardcodedContainerCredentials } from './hardcoded-container-credentials.ts';
import { secretsInherit } from './secrets-inherit.ts';
import { secretsToJson } from './secrets-to-json.ts';
import { selfHostedRunnerForkTrigger } from './self-hosted-runner-fork-trigger.ts';
import { spoofableBotCheck } from './spoofable-bot-check.ts';
import { templateInjection } from './template-injection.ts';
import { unpinnedActionRef } from './unpinned-action-ref.ts';
import { unpinnedContainerImage } from './unpinned-container-image.ts';
import { unsecureCommandsAllowed } from './unsecure-commands-allowed.ts';
import { unsoundCondition } from './unsound-condition.ts';
import { obfuscatedActionRef } from './obfuscated-action-ref.ts';
import { privilegedTrigger } from './privileged-trigger.ts';
import { opaqueValueInScript } from './opaque-value-in-script.ts';
import { longLivedCloudCredentials } from './long-lived-cloud-credentials.ts';
import { unpinnedToolInstall } from './unpinned-tool-install.ts';
import { workflowRunArtifactPoisoning } from './workflow-run-artifact-poisoning.ts';
import { policyDisallowedAction } from './policy-disallowed-action.ts';
import { policyDeployWithoutEnvironment } from './policy-deploy-without-environment.ts';
import { policyDeployMissingPrerequisite } from './policy-deploy-missing-prerequisite.ts';
import { policyPermissionsAboveMax } from './policy-permissions-above-max.ts';
import { policySelfHostedForkTrigger } from './policy-self-hosted-fork-trigger.ts';
import { gitlabCurlPipeShell } from './gitlab-curl-pipe-shell.ts';
import { gitlabDebugTrace } from './gitlab-debug-trace.ts';
import { gitlabDeployUnprotected } from './gitlab-deploy-unprotected.ts';
import { gitlabDeployWithoutEnvironment } from './gitlab-deploy-without-environment.ts';
import { gitlabForkMrSecrets } from './gitlab-fork-mr-secrets.ts';
import { gitlabIncludeUnpinned } from './gitlab-include-unpinned.ts';
import { gitlabScriptInjection } from './gitlab-script-injection.ts';
import { gitlabStaticCloudCredentials } from './gitlab-static-cloud-credentials.ts';
import { gitlabUnpinnedImage } from './gitlab-unpinned-image.ts';

/** Every pipeline audit, in the order they run. */
export const pipelineRules = [
  templateInjection,
  opaqueValueInScript,
  unpinnedActionRef,
  dangerousTriggerCheckout,
  privilegedTrigger,
  excessivePermissions,
  secretsInherit,
  unsecureCommandsAllowed,
  githubEnvUntrustedWrite,
  curlPipeShell,
  spoofableBotCheck,
  artipacked,
  checkoutPersistsCredentials,
  secretsToJson,
  unsoundCondition,
  hardcodedContainerCredentials,
  obfuscatedActionRef,
  longLivedCloudCredentials,
  unpinnedContainerImage,
  selfHostedRunnerForkTrigger,
  debugLoggingEnabled,
  unpinnedToolInstall,
  workflowRunArtifactPoisoning,
  cachePoisoning,
  policyDisallowedAction,
  policyDeployWithoutEnvironment,
  policyDeployMissingPrerequisite,
  policyPermissionsAboveMax,
  policySelfHostedForkTrigger,
] as const satisfies readonly PipelineRule[];

/** Every GitLab CI audit, in the order they run; each checks one `.gitlab-ci.yml` with its local includes. */
export const gitlabRules = [
  gitlabScriptInjection,
  gitlabIncludeUnpinned,
  gitlabUnpinnedImage,
  gitlabForkMrSecrets,
  gitlabDeployWithoutEnvironment,
  gitlabDeployUnprotected,
  gitlabDebugTrace,
  gitlabStaticCloudCredentials,
  gitlabCurlPipeShell,
] as const satisfies readonly GitlabRule[];

/** Every Dependabot configuration audit; each checks one `.github/dependabot.yml`. */
export const dependabotRules = [dependabotExternalCodeExecution, dependabotMissingCooldown, dependabotRegistryCredentials] as const satisfies readonly DependabotRule[];
