import { isIacObject, type IacObject } from '../../iac-value.ts';

// Checkov's annotation form: keys `checkov.io/skip1`, `checkov.io/skip2` … with values `CKV_K8S_20=reason`.
const checkovAnnotationKey = /^checkov\.io\/skip\d*$/;
// An annotation value: the check id, then an optional `=reason`.
const checkovAnnotationValue = /^\s*([A-Za-z0-9_]+)\s*(?:=\s*(.*))?$/;

/** Checkov's `checkov.io/skipN` annotations on the object's own metadata. */
export function skipsInAnnotations(document: IacObject, into: Map<string, string>): void {
  const metadata = document['metadata'];
  const annotations = isIacObject(metadata) ? metadata['annotations'] : undefined;
  if (!isIacObject(annotations)) return;
  for (const [key, value] of Object.entries(annotations)) {
    if (!checkovAnnotationKey.test(key) || typeof value !== 'string') continue;
    const match = checkovAnnotationValue.exec(value);
    if (match) into.set(match[1]!, match[2]?.trim() || `${key} annotation`);
  }
}
