import type { RelatedFileReader, SourceFile } from '../../../../core/source-file.ts';
import type { IacResource } from '../../iac-resource.ts';
import type { IacReadOptions, IacReadResult } from '../iac-format-reader.ts';
import { terraformReader } from './read-terraform.ts';

/** An in-memory scan target for reader tests: repo-relative path → text. */
export function memoryTree(files: Record<string, string>): RelatedFileReader {
  const paths = Object.keys(files).sort();
  return {
    read: (path) => files[path],
    list: (directory, options) => {
      const prefix = directory === '' ? '' : `${directory}/`;
      return paths.filter((path) => path.startsWith(prefix) && (options.recursive || !path.slice(prefix.length).includes('/'))).slice(0, options.maxEntries);
    },
  };
}

/** Reads one file of an in-memory tree the way the scanner would. */
export function readTerraform(files: Record<string, string>, path: string, options: IacReadOptions = {}): IacReadResult {
  const related = memoryTree(files);
  const file: SourceFile = { path, related, read: async () => ({ text: files[path]!, bytes: files[path]!.length }) };
  return terraformReader.read(file, files[path]!, options);
}

export function byAddress(result: IacReadResult, address: string): IacResource {
  const found = result.resources.find((resource) => resource.address === address);
  if (!found) throw new Error(`no ${address} among ${result.resources.map((resource) => resource.address).join(', ')}`);
  return found;
}
