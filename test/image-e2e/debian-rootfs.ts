import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const debianMirror = 'http://deb.debian.org/debian';

export interface DebianRootfsOptions {
  /** Where finished root filesystems are kept between runs. */
  cacheDir: string;
  suite?: string;
  variant?: string;
  /** Extra packages for `debootstrap --include`. */
  include?: readonly string[];
  log?: (line: string) => void;
}

/** The cache shared by the end-to-end test and the image bench; RAMPART_IMAGE_CACHE moves it. */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RAMPART_IMAGE_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'rampart-image-e2e');
}

/**
 * A Debian root filesystem made by `debootstrap` from Debian's own packages, cached under a key of
 * suite, variant, extra packages and today's date (the mirror changes daily, so a new day builds
 * anew and reruns on one day reuse it). Missing network or tools fail with a message saying so.
 */
export function ensureDebianRootfs(options: DebianRootfsOptions): string {
  const suite = options.suite ?? 'bookworm';
  const variant = options.variant ?? 'minbase';
  const include = [...(options.include ?? [])].sort();
  const includeKey = include.length > 0 ? `-${createHash('sha256').update(include.join(',')).digest('hex').slice(0, 12)}` : '';
  const key = `${suite}-${variant}${includeKey}-${new Date().toISOString().slice(0, 10)}`;
  const finished = join(options.cacheDir, key);
  const rootfs = join(finished, 'rootfs');
  if (existsSync(join(finished, 'complete'))) {
    options.log?.(`debootstrap: reusing ${rootfs}`);
    return rootfs;
  }
  requireTool('debootstrap', 'debootstrap');
  if (process.getuid?.() !== 0) throw new Error('debootstrap needs root (it creates device nodes and sets file owners); run the image end-to-end test as root, as .ci/run does');
  const partial = `${finished}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const args = [`--variant=${variant}`, ...(include.length > 0 ? [`--include=${include.join(',')}`] : []), suite, join(partial, 'rootfs'), debianMirror];
  options.log?.(`debootstrap ${args.join(' ')} (a few minutes on the first run of the day)…`);
  const run = spawnSync('debootstrap', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: withSbin(process.env) });
  writeFileSync(join(partial, 'debootstrap.log'), `${run.stdout}\n${run.stderr}`);
  if (run.status !== 0) throw new Error(describeDebootstrapFailure(run.status, `${run.stdout}\n${run.stderr}`, partial));
  writeFileSync(join(partial, 'complete'), `${args.join(' ')}\n`);
  rmSync(finished, { recursive: true, force: true });
  renameSync(partial, finished);
  return rootfs;
}

function describeDebootstrapFailure(status: number | null, output: string, partial: string): string {
  const tail = output.trim().split('\n').slice(-8).join('\n');
  // debootstrap's words when the mirror cannot be reached: a missing Release file or a failed download.
  const isNetwork = /Failed getting release file|Couldn't download|Temporary failure resolving|Could not resolve|Connection refused|Network is unreachable/i.test(output);
  const why = isNetwork
    ? `debootstrap could not download from ${debianMirror}: this test needs the Debian mirror (network) to build a real image and is never skipped`
    : `debootstrap exited with ${status}`;
  return `${why}\n--- last lines (full log in ${join(partial, 'debootstrap.log')}) ---\n${tail}`;
}

/** Fails with the Debian package to install when a command is missing. */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8', env: withSbin(process.env) });
  if (found.status !== 0) throw new Error(`${command} is not installed: apt-get install ${debianPackage} (the image end-to-end test needs it and is never skipped)`);
}

/** debootstrap is in /usr/sbin, which a non-login shell's PATH may lack. */
function withSbin(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, PATH: `${env.PATH ?? '/usr/bin:/bin'}:/usr/sbin:/sbin` };
}

/** Packages in dpkg's database of a root filesystem, as dpkg itself lists them: `name version source source-version`. */
export function dpkgQuery(rootfs: string): string[] {
  requireTool('dpkg-query', 'dpkg');
  const output = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${Version} ${source:Package} ${source:Version}\\n', '--admindir', join(rootfs, 'var', 'lib', 'dpkg')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (output.status !== 0) throw new Error(`dpkg-query failed: ${output.stderr}`);
  return output.stdout.split('\n').filter(Boolean).sort();
}

/** `/etc/os-release` of a root filesystem, for messages. */
export function prettyName(rootfs: string): string {
  const text = readFileSync(join(rootfs, 'etc', 'os-release'), 'utf8');
  // PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
  return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text)?.[1] ?? 'unknown';
}
