import type { IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown } from '../iac-value.ts';

/**
 * Judges an `azurerm_postgresql_configuration` that sets one server parameter: it fails when it
 * sets `parameter` to `off`; other parameters and other values pass.
 */
export function checkParameterNotOff(configuration: IacResource, parameter: string, message: string): IacVerdict {
  const { name, value } = configuration.attributes;
  if (isUnknown(name)) return unknown(name.reason, 'name');
  if (typeof name !== 'string' || name.toLowerCase() !== parameter) return pass;
  if (isUnknown(value)) return unknown(value.reason, 'value');
  return typeof value === 'string' && value.trim().toLowerCase() === 'off' ? fail(message, 'value') : pass;
}
