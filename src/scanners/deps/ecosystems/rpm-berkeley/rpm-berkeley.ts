import type { BinaryInput, BinaryPackageParser, LockfileParseResult } from '../../inventory-package.ts';
import { failedParse } from '../../create-package.ts';
import { BerkeleyDbError, readBerkeleyHash } from '../../berkeley-hash.ts';
import { rpmPackagesFromHeaders } from '../../rpm-package.ts';

/** rpm's Berkeley DB database (RHEL and CentOS up to 8, Amazon Linux 2, Oracle Linux): `var/lib/rpm/Packages`, at any root. */
const databasePath = /(?:^|\/)var\/lib\/rpm\/Packages$/;
/** Far more packages than any system installs; a larger count is a damaged file. */
const maxRecords = 200_000;

export const rpmBerkeleyParser: BinaryPackageParser = {
  id: 'rpm-berkeley',
  ecosystem: 'Red Hat',
  claims: (path) => databasePath.test(path),
  parseBytes(input: BinaryInput): LockfileParseResult {
    let records;
    try {
      records = readBerkeleyHash(input.bytes, maxRecords);
    } catch (cause) {
      if (!(cause instanceof BerkeleyDbError)) throw cause;
      return failedParse(input.path, undefined, `cannot read the rpm database: ${cause.message}`);
    }
    // Key 0 holds rpm's next package number, not a header.
    const headers = records.flatMap((record) => {
      const key = record.key.length === 4 ? Buffer.from(record.key).readUInt32LE(0) : -1;
      return key === 0 ? [] : [{ id: key, blob: record.value }];
    });
    return rpmPackagesFromHeaders(headers, input);
  },
};
