import type { ScanError, ScanNotice } from '../core/finding.ts';
import type { SourceFile } from '../core/source-file.ts';
import { RampartError } from '../core/errors.ts';

export interface GitHistoryOptions {
  root: string;
  maxFileBytes: number;
  since?: string;
  branch?: string;
  exclude: readonly string[];
}

/** Placeholder until the git history source lands (see issue 2); fails loudly rather than silently. */
export async function createGitHistorySource(_options: GitHistoryOptions): Promise<{ files: AsyncIterable<SourceFile>; report: () => { notices: ScanNotice[]; errors: ScanError[]; skipped: number } }> {
  throw new RampartError('RAMPART_E_USAGE', 'git history scanning is not available in this build');
}
