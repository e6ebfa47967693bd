import { randomBytes } from 'node:crypto';
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content so that readers see the old file or the new one, never half of it:
 * a temp file beside the target, then a rename. The mode of the original is kept, and a symlink
 * is followed so the link stays a link.
 */
export function writeFileAtomic(path: string, text: string): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.rampart-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { mode, flag: 'wx' });
    // writeFileSync's mode is filtered by the umask; set it exactly.
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (cause) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created or is already gone.
    }
    throw cause;
  }
}
