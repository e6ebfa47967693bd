import type { ScanError, ScanNotice } from '../core/finding.ts';
import type { SourceFile } from '../core/source-file.ts';
import { RampartError } from '../core/errors.ts';

export interface GitStagedOptions {
  root: string;
  maxFileBytes: number;
  exclude: readonly string[];
}

/** Placeholder until the staged source lands (see issue 2). */
export async function createStagedSource(_options: GitStagedOptions): Promise<{ files: AsyncIterable<SourceFile>; report: () => { notices: ScanNotice[]; errors: ScanError[]; skipped: number } }> {
  throw new RampartError('RAMPART_E_USAGE', 'staged scanning is not available in this build');
}
