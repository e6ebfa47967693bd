import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { RampartError } from '../core/errors.ts';
import type { OsvRecord } from './osv-record.ts';
import { baseEcosystem, normalizePackageName } from './package-name.ts';

/** Bumped whenever the tables change; a database of another version is rebuilt, never read. */
export const storeSchemaVersion = 1;

const schema = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE records (id TEXT PRIMARY KEY, modified TEXT NOT NULL, withdrawn TEXT, json TEXT NOT NULL);
  CREATE TABLE affected (ecosystem TEXT NOT NULL, name TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (ecosystem, name, record_id)) WITHOUT ROWID;
  CREATE TABLE aliases (alias TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (alias, record_id)) WITHOUT ROWID;
  CREATE TABLE imports (ecosystem TEXT PRIMARY KEY, imported_at TEXT NOT NULL, source TEXT NOT NULL);
`;

const reimportHint = 'run `rampart db update` or `rampart db import DIR` to rebuild it';

/** `$XDG_CACHE_HOME/rampart/osv.sqlite`, else `~/.cache/rampart/osv.sqlite`. */
export function defaultDatabasePath(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CACHE_HOME;
  // XDG says a relative value is invalid and must be ignored.
  const cacheRoot = xdg && xdg.startsWith('/') ? xdg : join(env.HOME ?? homedir(), '.cache');
  return join(cacheRoot, 'rampart', 'osv.sqlite');
}

export interface EcosystemImport {
  readonly ecosystem: string;
  readonly source: string;
}

/**
 * A database being built in a temp file beside its target. Nothing is visible at the target
 * until `commit()` renames it over the old one, so a failed or interrupted build leaves the
 * previous database as it was.
 */
export interface DatabaseBuild {
  /** Adds a record; when the id is already present, the one with the later `modified` wins. Returns false when it lost. */
  add(record: OsvRecord, json: string): boolean;
  commit(imports: readonly EcosystemImport[], importedAt: Date): void;
  abort(): void;
}

export function startDatabaseBuild(target: string): DatabaseBuild {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const db = new Database(temp);
  // The temp file is thrown away on any failure, so durability during the build buys nothing.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(schema);
  const existing = db.prepare<[string], { modified: string }>('SELECT modified FROM records WHERE id = ?');
  const removeAffected = db.prepare('DELETE FROM affected WHERE record_id = ?');
  const removeAliases = db.prepare('DELETE FROM aliases WHERE record_id = ?');
  const putRecord = db.prepare('INSERT OR REPLACE INTO records (id, modified, withdrawn, json) VALUES (?, ?, ?, ?)');
  const putAffected = db.prepare('INSERT OR IGNORE INTO affected (ecosystem, name, record_id) VALUES (?, ?, ?)');
  const putAlias = db.prepare('INSERT OR IGNORE INTO aliases (alias, record_id) VALUES (?, ?)');
  // One long transaction: per-row commits would make a 100k-record import take minutes.
  db.exec('BEGIN');
  let finished = false;
  const discard = (): void => {
    finished = true;
    if (db.open) db.close();
    rmSync(temp, { force: true });
  };
  return {
    add(record, json) {
      const previous = existing.get(record.id);
      if (previous && previous.modified > record.modified) return false;
      if (previous) {
        removeAffected.run(record.id);
        removeAliases.run(record.id);
      }
      putRecord.run(record.id, record.modified, record.withdrawn ?? null, json);
      for (const entry of record.affected) {
        if (entry.package) putAffected.run(baseEcosystem(entry.package.ecosystem), normalizePackageName(entry.package.ecosystem, entry.package.name), record.id);
      }
      for (const alias of record.aliases) putAlias.run(alias, record.id);
      return true;
    },
    commit(imports, importedAt) {
      if (finished) throw new Error('database build already finished');
      try {
        const putImport = db.prepare('INSERT OR REPLACE INTO imports (ecosystem, imported_at, source) VALUES (?, ?, ?)');
        for (const entry of imports) putImport.run(entry.ecosystem, importedAt.toISOString(), entry.source);
        const putMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
        putMeta.run('schema_version', String(storeSchemaVersion));
        putMeta.run('built_at', importedAt.toISOString());
        db.exec('COMMIT');
        db.pragma('journal_mode = DELETE');
        db.close();
        // rename(2) within one directory is atomic: readers see the old file or the new one, never a mix.
        renameSync(temp, target);
        finished = true;
      } catch (error) {
        discard();
        throw error;
      }
    },
    abort: discard,
  };
}

export interface EcosystemStatus {
  readonly ecosystem: string;
  readonly records: number;
  readonly importedAt: string | undefined;
  readonly source: string | undefined;
}

export interface StoreStatus {
  readonly path: string;
  readonly schemaVersion: number;
  readonly builtAt: string;
  readonly sizeBytes: number;
  readonly records: number;
  readonly withdrawn: number;
  readonly ecosystems: readonly EcosystemStatus[];
}

export interface StoredRecord {
  readonly id: string;
  readonly modified: string;
  readonly withdrawn: string | undefined;
  readonly json: string;
}

export interface VulnStore {
  readonly path: string;
  /** Records with an `affected[]` entry for this package (name normalised for the ecosystem), withdrawn ones included; callers decide. */
  recordsFor(ecosystem: string, name: string): StoredRecord[];
  /** Ids of the records that carry this alias (a CVE shared by a GHSA and a PYSEC, say). */
  idsForAlias(alias: string): string[];
  status(): StoreStatus;
  close(): void;
}

/** Opens an existing database read-only. Missing, corrupt or other-version files raise RAMPART_E_DB with the way out. */
export function openStore(path: string): VulnStore {
  if (!existsSync(path)) throw new RampartError('RAMPART_E_DB', `no vulnerability database at ${path}`, { hint: 'run `rampart db update` or `rampart db import DIR`' });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").get();
    if (version?.value !== String(storeSchemaVersion)) {
      db.close();
      throw new RampartError('RAMPART_E_DB', `the vulnerability database at ${path} has schema version ${version?.value ?? 'none'}, this rampart reads ${storeSchemaVersion}`, { hint: reimportHint });
    }
  } catch (error) {
    if (error instanceof RampartError) throw error;
    throw new RampartError('RAMPART_E_DB', `the vulnerability database at ${path} is unreadable or corrupt: ${(error as Error).message}`, { hint: reimportHint, cause: error });
  }
  return storeOver(db, path);
}

function storeOver(db: Database.Database, path: string): VulnStore {
  const byPackage = db.prepare<[string, string], StoredRecordRow>(
    'SELECT r.id, r.modified, r.withdrawn, r.json FROM affected a JOIN records r ON r.id = a.record_id WHERE a.ecosystem = ? AND a.name = ? ORDER BY r.id',
  );
  const byAlias = db.prepare<[string, string], { id: string }>('SELECT record_id AS id FROM aliases WHERE alias = ? UNION SELECT id FROM records WHERE id = ? ORDER BY id');
  return {
    path,
    recordsFor(ecosystem, name) {
      return guardCorruption(path, () => byPackage.all(baseEcosystem(ecosystem), normalizePackageName(ecosystem, name)).map((row) => ({ ...row, withdrawn: row.withdrawn ?? undefined })));
    },
    idsForAlias(alias) {
      return guardCorruption(path, () => byAlias.all(alias, alias).map((row) => row.id));
    },
    status: () => guardCorruption(path, () => readStatus(db, path)),
    close: () => db.close(),
  };
}

/**
 * A file damaged past its header opens fine and fails only when a query reaches a bad page
 * (SQLite's "database disk image is malformed"): that is the same user problem as an unreadable
 * file, with the same hint, not a bug in rampart.
 */
function guardCorruption<T>(path: string, query: () => T): T {
  try {
    return query();
  } catch (error) {
    if (error instanceof RampartError) throw error;
    throw new RampartError('RAMPART_E_DB', `the vulnerability database at ${path} is unreadable or corrupt: ${(error as Error).message}`, { hint: reimportHint, cause: error });
  }
}

interface StoredRecordRow {
  id: string;
  modified: string;
  withdrawn: string | null;
  json: string;
}

function readStatus(db: Database.Database, path: string): StoreStatus {
  const meta = new Map(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all().map((row) => [row.key, row.value]));
  const counts = db.prepare<[], { ecosystem: string; records: number }>('SELECT ecosystem, COUNT(DISTINCT record_id) AS records FROM affected GROUP BY ecosystem').all();
  const imports = new Map(db.prepare<[], { ecosystem: string; imported_at: string; source: string }>('SELECT ecosystem, imported_at, source FROM imports').all().map((row) => [row.ecosystem, row]));
  const totals = db.prepare<[], { records: number; withdrawn: number }>('SELECT COUNT(*) AS records, COUNT(withdrawn) AS withdrawn FROM records').get() ?? { records: 0, withdrawn: 0 };
  const names = [...new Set([...counts.map((row) => row.ecosystem), ...imports.keys()])].sort();
  return {
    path,
    schemaVersion: Number(meta.get('schema_version')),
    builtAt: meta.get('built_at') ?? '',
    sizeBytes: statSync(path).size,
    records: totals.records,
    withdrawn: totals.withdrawn,
    ecosystems: names.map((ecosystem) => ({
      ecosystem,
      records: counts.find((row) => row.ecosystem === ecosystem)?.records ?? 0,
      importedAt: imports.get(ecosystem)?.imported_at,
      source: imports.get(ecosystem)?.source,
    })),
  };
}
