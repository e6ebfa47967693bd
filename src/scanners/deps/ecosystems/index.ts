import type { LockfileParser } from '../inventory-package.ts';
import { npmPackageLockParser } from './npm-package-lock/npm-package-lock.ts';
import { pnpmLockParser } from './pnpm-lock/pnpm-lock.ts';
import { yarnLockParser } from './yarn-lock/yarn-lock.ts';

/** Every lockfile and manifest format, one line each; the meta-test checks each has fixtures. */
export const lockfileParsers = [
  npmPackageLockParser,
  yarnLockParser,
  pnpmLockParser,
] as const satisfies readonly LockfileParser[];
