import type { ImageRule } from '../image-rule.ts';
import { imageAddRemoteUrl } from './image-add-remote-url.ts';
import { imageBaseNotPinned } from './image-base-not-pinned.ts';
import { imageCredentialInEnv } from './image-credential-in-env.ts';
import { imageExposesSsh } from './image-exposes-ssh.ts';
import { imageNoHealthcheck } from './image-no-healthcheck.ts';
import { imageRunsAsRoot } from './image-runs-as-root.ts';

/** Checks of a container image's configuration, one line each. */
export const imageRules = [imageAddRemoteUrl, imageBaseNotPinned, imageCredentialInEnv, imageExposesSsh, imageNoHealthcheck, imageRunsAsRoot] as const satisfies readonly ImageRule[];
