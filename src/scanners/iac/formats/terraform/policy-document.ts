import { isIacObject, isUnknown, type IacObject, type IacValue } from '../../iac-value.ts';
import { encodeJson } from './terraform-functions.ts';

/**
 * The `json` attribute of a `data "aws_iam_policy_document"`, as the AWS provider renders it from
 * the statement blocks, so resources that take `policy = data.aws_iam_policy_document.x.json`
 * (bucket, queue, topic and key policies, IAM policies) are judged on the policy they get.
 * Unknown values inside stay unknown inside the text (see PartlyKnownText); a document built from
 * other documents (`source_policy_documents`, `override_policy_documents`) is left unrendered,
 * since merging them is the provider's business.
 */
export function policyDocumentJson(attributes: IacObject): IacValue | undefined {
  if (attributes['json'] !== undefined) return undefined;
  for (const merged of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
    if (attributes[merged] !== undefined && attributes[merged] !== null) return undefined;
  }
  const statementBlocks = attributes['statement'];
  if (isUnknown(statementBlocks)) return statementBlocks;
  const blocks = Array.isArray(statementBlocks) ? statementBlocks : [];
  const document: IacObject = { Version: typeof attributes['version'] === 'string' || isUnknown(attributes['version']) ? attributes['version']! : '2012-10-17' };
  if (attributes['policy_id'] !== undefined) document['Id'] = attributes['policy_id']!;
  const statements: IacValue[] = [];
  for (const block of blocks) {
    if (isUnknown(block)) return block;
    if (!isIacObject(block)) continue;
    const statement: IacObject = {};
    if (block['sid'] !== undefined) statement['Sid'] = block['sid']!;
    statement['Effect'] = block['effect'] ?? 'Allow';
    copyList(block, 'actions', statement, 'Action');
    copyList(block, 'not_actions', statement, 'NotAction');
    copyList(block, 'resources', statement, 'Resource');
    copyList(block, 'not_resources', statement, 'NotResource');
    const principals = principalsOf(block['principals']);
    if (principals !== undefined) statement['Principal'] = principals;
    const notPrincipals = principalsOf(block['not_principals']);
    if (notPrincipals !== undefined) statement['NotPrincipal'] = notPrincipals;
    const condition = conditionsOf(block['condition']);
    if (condition !== undefined) statement['Condition'] = condition;
    statements.push(statement);
  }
  document['Statement'] = statements;
  return encodeJson(document);
}

/** A list attribute as the provider writes it: one element alone, several as a list. */
function copyList(block: IacObject, from: string, into: IacObject, to: string): void {
  const value = block[from];
  if (value === undefined || value === null) return;
  into[to] = Array.isArray(value) && value.length === 1 ? value[0]! : value;
}

/** `principals { type = "AWS", identifiers = [...] }` blocks as `{ "AWS": [...] }`; `type = "*"` is the bare `"*"`. */
function principalsOf(blocks: IacValue | undefined): IacValue | undefined {
  if (blocks === undefined || blocks === null) return undefined;
  if (isUnknown(blocks)) return blocks;
  if (!Array.isArray(blocks)) return undefined;
  const principal: IacObject = {};
  for (const block of blocks) {
    if (isUnknown(block)) return block;
    if (!isIacObject(block)) continue;
    const type = block['type'];
    if (isUnknown(type)) return type;
    if (typeof type !== 'string') continue;
    if (type === '*') return '*';
    const identifiers = block['identifiers'];
    const list = Array.isArray(identifiers) ? identifiers : identifiers === undefined ? [] : [identifiers];
    const existing = principal[type];
    const all = [...(Array.isArray(existing) ? existing : existing === undefined ? [] : [existing]), ...list];
    principal[type] = all.length === 1 ? all[0]! : all;
  }
  return principal;
}

/** `condition { test, variable, values }` blocks as `{ test: { variable: values } }`. */
function conditionsOf(blocks: IacValue | undefined): IacValue | undefined {
  if (blocks === undefined || blocks === null) return undefined;
  if (isUnknown(blocks)) return blocks;
  if (!Array.isArray(blocks) || blocks.length === 0) return undefined;
  const condition: IacObject = {};
  for (const block of blocks) {
    if (isUnknown(block)) return block;
    if (!isIacObject(block)) continue;
    const { test, variable, values } = block;
    if (isUnknown(test)) return test;
    if (isUnknown(variable)) return variable;
    if (typeof test !== 'string' || typeof variable !== 'string') continue;
    const operator = isIacObject(condition[test]) ? (condition[test] as IacObject) : {};
    operator[variable] = Array.isArray(values) && values.length === 1 ? values[0]! : (values ?? []);
    condition[test] = operator;
  }
  return condition;
}
