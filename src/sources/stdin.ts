import type { ScanError, ScanNotice } from '../core/finding.ts';
import type { SourceFile } from '../core/source-file.ts';
import { decodeText } from './decode-text.ts';

/** `rampart scan -`: the whole of stdin is one file named "<stdin>", read up to the size limit. */
export function createStdinSource(stdin: NodeJS.ReadableStream, maxFileBytes: number) {
  const notices: ScanNotice[] = [];
  const errors: ScanError[] = [];
  const file: SourceFile = {
    path: '<stdin>',
    read: async () => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of stdin) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        total += buffer.length;
        if (total > maxFileBytes) {
          notices.push({ path: '<stdin>', code: 'RAMPART_N_FILE_TOO_LARGE', message: `stdin is over the ${maxFileBytes}-byte limit; only the first ${maxFileBytes} bytes were scanned` });
          chunks.push(buffer.subarray(0, buffer.length - (total - maxFileBytes)));
          break;
        }
        chunks.push(buffer);
      }
      return decodeText(Buffer.concat(chunks));
    },
  };
  async function* files() {
    yield file;
  }
  return { files: files(), report: () => ({ notices, errors, skipped: 0 }) };
}
