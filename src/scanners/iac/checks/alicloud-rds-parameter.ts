import { valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isIacObject, isUnknown } from '../iac-value.ts';

/**
 * Judges an ApsaraDB RDS engine parameter that must be `on`, as written in
 * `parameters { name = …, value = … }` blocks of an `alicloud_db_instance`: passes when a block
 * names it with value `on` (any case), fails when none does, and is unknown when a block's name or
 * the matching value could not be evaluated.
 */
export function rdsParameterOn(instance: IacResource, name: string, message: string): IacVerdict {
  const parameters = valueAt(instance, 'parameters');
  if (isUnknown(parameters)) return unknown(parameters.reason, 'parameters');
  const blocks = Array.isArray(parameters) ? parameters : [];
  let undecided: string | undefined;
  for (const [index, block] of blocks.entries()) {
    if (isUnknown(block)) {
      undecided ??= block.reason;
      continue;
    }
    if (!isIacObject(block)) continue;
    const blockName = block['name'];
    if (isUnknown(blockName)) {
      undecided ??= blockName.reason;
      continue;
    }
    if (blockName !== name) continue;
    const value = block['value'];
    if (isUnknown(value)) return unknown(value.reason, `parameters.${index}.value`);
    if (typeof value === 'string' && value.toLowerCase() === 'on') return pass;
    return fail(message, `parameters.${index}.value`);
  }
  if (undecided !== undefined) return unknown(undecided, 'parameters');
  return fail(message, blocks.length > 0 ? 'parameters' : undefined);
}
