import Database from 'better-sqlite3';
import type { BinaryInput, BinaryPackageParser, LockfileParseResult } from '../../inventory-package.ts';
import { failedParse } from '../../create-package.ts';
import { rpmPackagesFromHeaders } from '../../rpm-package.ts';

/** rpm's SQLite database (RHEL 9, Fedora 33+, Rocky and Alma 9): `var/lib/rpm` or `usr/lib/sysimage/rpm`, at any root. */
const databasePath = /(?:^|\/)(?:var\/lib|usr\/lib\/sysimage)\/rpm\/rpmdb\.sqlite$/;
/** Every SQLite 3 file starts with this 16-byte string. */
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens the database from memory. rpm keeps it in WAL mode, which an in-memory copy cannot use:
 * bytes 18 and 19 (write and read format versions) are set back to the rollback journal's 1 on
 * a private copy. The WAL file beside it is not read: rpm checkpoints after every transaction.
 */
function openInMemory(bytes: Uint8Array): Database.Database {
  const copy = Buffer.from(bytes);
  if (copy[18] === 2) copy[18] = 1;
  if (copy[19] === 2) copy[19] = 1;
  return new Database(copy, { readonly: true });
}

export const rpmSqliteParser: BinaryPackageParser = {
  id: 'rpm-sqlite',
  ecosystem: 'Red Hat',
  claims: (path) => databasePath.test(path),
  parseBytes(input: BinaryInput): LockfileParseResult {
    if (input.bytes.length < 100 || !sqliteMagic.equals(Buffer.from(input.bytes.subarray(0, 16)))) return failedParse(input.path, undefined, 'not an SQLite database (no "SQLite format 3" header)');
    let rows: { hnum: number; blob: Uint8Array }[];
    let database: Database.Database | undefined;
    try {
      database = openInMemory(input.bytes);
      rows = database.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all() as { hnum: number; blob: Uint8Array }[];
    } catch (cause) {
      return failedParse(input.path, undefined, `cannot read the rpm database: ${(cause as Error).message}`);
    } finally {
      database?.close();
    }
    return rpmPackagesFromHeaders(rows.map((row) => ({ id: row.hnum, blob: row.blob })), input);
  },
};
