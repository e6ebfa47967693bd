import { valueAt, type IacResource } from '../iac-resource.ts';
import { isIacObject, isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';

/** A Cloud SQL engine, from `database_version` (`POSTGRES_15`, `MYSQL_8_0`, `SQLSERVER_2019_STANDARD`). */
export type SqlEngine = 'postgres' | 'mysql' | 'sqlserver';

/** The instance's engine; unknown when `database_version` is, undefined when it is missing or unrecognised. */
export function sqlEngine(instance: IacResource): SqlEngine | UnknownValue | undefined {
  const version = valueAt(instance, 'database_version');
  if (isUnknown(version)) return version;
  if (typeof version !== 'string') return undefined;
  const upper = version.toUpperCase();
  if (upper.startsWith('POSTGRES')) return 'postgres';
  if (upper.startsWith('MYSQL')) return 'mysql';
  if (upper.startsWith('SQLSERVER')) return 'sqlserver';
  return undefined;
}

/** What `settings.database_flags` says about one flag. */
export type FlagSetting =
  | { state: 'absent'; undecided?: UnknownValue }
  | { state: 'set'; value: IacValue; path: string };

/**
 * The value of the named flag in `settings { database_flags { name = …, value = … } }`. A flag
 * block whose name could not be evaluated may be the one asked for, so an absent flag then carries
 * that unknown.
 */
export function databaseFlag(instance: IacResource, name: string): FlagSetting {
  const flags = valueAt(instance, 'settings.database_flags');
  if (isUnknown(flags)) return { state: 'absent', undecided: flags };
  const blocks = Array.isArray(flags) ? flags : [];
  let undecided: UnknownValue | undefined;
  for (const [index, block] of blocks.entries()) {
    if (isUnknown(block)) {
      undecided ??= block;
      continue;
    }
    if (!isIacObject(block)) continue;
    const flagName = block['name'];
    if (isUnknown(flagName)) undecided ??= flagName;
    else if (flagName === name) return { state: 'set', value: block['value'] ?? null, path: `settings.0.database_flags.${index}.value` };
  }
  return undecided ? { state: 'absent', undecided } : { state: 'absent' };
}

/** A flag value compared case-insensitively (Cloud SQL accepts `on`, `On`, `ON`). */
export function flagValueIs(value: IacValue, ...expected: string[]): boolean {
  return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && expected.includes(String(value).toLowerCase());
}
