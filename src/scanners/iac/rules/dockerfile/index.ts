import type { IacRule } from '../../iac-rule.ts';
import { dockerfileAddFromUrl } from './dockerfile-add-from-url.ts';
import { dockerfileAddInsteadOfCopy } from './dockerfile-add-instead-of-copy.ts';
import { dockerfileApkNoCache } from './dockerfile-apk-no-cache.ts';
import { dockerfileApkUnpinned } from './dockerfile-apk-unpinned.ts';
import { dockerfileAptGetInstallRecommends } from './dockerfile-apt-get-install-recommends.ts';
import { dockerfileAptGetUnpinned } from './dockerfile-apt-get-unpinned.ts';
import { dockerfileAptGetUpgrade } from './dockerfile-apt-get-upgrade.ts';
import { dockerfileAptListsNotCleaned } from './dockerfile-apt-lists-not-cleaned.ts';
import { dockerfileAptUsed } from './dockerfile-apt-used.ts';
import { dockerfileCdInRun } from './dockerfile-cd-in-run.ts';
import { dockerfileChmodWorldWritable } from './dockerfile-chmod-world-writable.ts';
import { dockerfileChpasswd } from './dockerfile-chpasswd.ts';
import { dockerfileConsecutiveRun } from './dockerfile-consecutive-run.ts';
import { dockerfileCopyFromUnknownStage } from './dockerfile-copy-from-unknown-stage.ts';
import { dockerfileCurlAndWget } from './dockerfile-curl-and-wget.ts';
import { dockerfileCurlPipeShell } from './dockerfile-curl-pipe-shell.ts';
import { dockerfileEntrypointShellForm } from './dockerfile-entrypoint-shell-form.ts';
import { dockerfileExposeSsh } from './dockerfile-expose-ssh.ts';
import { dockerfileImageLatestTag } from './dockerfile-image-latest-tag.ts';
import { dockerfileImageNotPinnedByDigest } from './dockerfile-image-not-pinned-by-digest.ts';
import { dockerfileLastUserRoot } from './dockerfile-last-user-root.ts';
import { dockerfileMaintainer } from './dockerfile-maintainer.ts';
import { dockerfileMultipleCmdEntrypoint } from './dockerfile-multiple-cmd-entrypoint.ts';
import { dockerfileNoHealthcheck } from './dockerfile-no-healthcheck.ts';
import { dockerfileNoUser } from './dockerfile-no-user.ts';
import { dockerfileNpmInstallNotCi } from './dockerfile-npm-install-not-ci.ts';
import { dockerfileNpmUnpinned } from './dockerfile-npm-unpinned.ts';
import { dockerfilePackageSignatureCheckDisabled } from './dockerfile-package-signature-check-disabled.ts';
import { dockerfilePipNoCacheDir } from './dockerfile-pip-no-cache-dir.ts';
import { dockerfilePipUnpinned } from './dockerfile-pip-unpinned.ts';
import { dockerfilePipeWithoutPipefail } from './dockerfile-pipe-without-pipefail.ts';
import { dockerfileSecretInArgEnv } from './dockerfile-secret-in-arg-env.ts';
import { dockerfileStageNameNotUnique } from './dockerfile-stage-name-not-unique.ts';
import { dockerfileSudo } from './dockerfile-sudo.ts';
import { dockerfileTlsVerificationDisabledEnv } from './dockerfile-tls-verification-disabled-env.ts';
import { dockerfileTlsVerificationDisabled } from './dockerfile-tls-verification-disabled.ts';
import { dockerfileUpdateAlone } from './dockerfile-update-alone.ts';
import { dockerfileUseraddHighUid } from './dockerfile-useradd-high-uid.ts';
import { dockerfileWorkdirRelative } from './dockerfile-workdir-relative.ts';
import { dockerfileYumNoClean } from './dockerfile-yum-no-clean.ts';

/** Registry: one line per rule, sorted by id. */
export const dockerfileRules: readonly IacRule[] = [
  dockerfileAddFromUrl,
  dockerfileAddInsteadOfCopy,
  dockerfileApkNoCache,
  dockerfileApkUnpinned,
  dockerfileAptGetInstallRecommends,
  dockerfileAptGetUnpinned,
  dockerfileAptGetUpgrade,
  dockerfileAptListsNotCleaned,
  dockerfileAptUsed,
  dockerfileCdInRun,
  dockerfileChmodWorldWritable,
  dockerfileChpasswd,
  dockerfileConsecutiveRun,
  dockerfileCopyFromUnknownStage,
  dockerfileCurlAndWget,
  dockerfileCurlPipeShell,
  dockerfileEntrypointShellForm,
  dockerfileExposeSsh,
  dockerfileImageLatestTag,
  dockerfileImageNotPinnedByDigest,
  dockerfileLastUserRoot,
  dockerfileMaintainer,
  dockerfileMultipleCmdEntrypoint,
  dockerfileNoHealthcheck,
  dockerfileNoUser,
  dockerfileNpmInstallNotCi,
  dockerfileNpmUnpinned,
  dockerfilePackageSignatureCheckDisabled,
  dockerfilePipNoCacheDir,
  dockerfilePipUnpinned,
  dockerfilePipeWithoutPipefail,
  dockerfileSecretInArgEnv,
  dockerfileStageNameNotUnique,
  dockerfileSudo,
  dockerfileTlsVerificationDisabled,
  dockerfileTlsVerificationDisabledEnv,
  dockerfileUpdateAlone,
  dockerfileUseraddHighUid,
  dockerfileWorkdirRelative,
  dockerfileYumNoClean,
];
