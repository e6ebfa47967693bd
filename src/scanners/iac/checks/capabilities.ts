import { valueAt } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';

/** Capabilities the Pod Security Standards baseline profile lets a container add (the runtime's usual defaults). */
export const baselineCapabilities: ReadonlySet<string> = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** The capability names a container adds or drops, as written. */
export function capabilityList(container: IacObject, list: 'add' | 'drop'): string[] {
  const value = valueAt(container, `securityContext.capabilities.${list}`);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `cap_sys_admin` and `SYS_ADMIN` name the same capability; runtimes accept both spellings. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}
