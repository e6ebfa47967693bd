import type { LockfileParser } from '../inventory-package.ts';
import { npmPackageLockParser } from './npm-package-lock/npm-package-lock.ts';

/** Every lockfile and manifest format, one line each; the meta-test checks each has fixtures. */
export const lockfileParsers = [
  npmPackageLockParser,
] as const satisfies readonly LockfileParser[];
