/** Everything the CLI touches outside itself, so tests run it in-process. */
export interface CliIo {
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Injected clock for exception expiry and baselines. */
  now: () => Date;
}
