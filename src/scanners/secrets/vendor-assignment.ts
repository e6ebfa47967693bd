/**
 * Some credentials have no prefix of their own (32 hex characters, a UUID) and are told apart
 * only by the name they are stored under: DATADOG_API_KEY, "postmarkToken", a `datadog:` block
 * in YAML, a `provider "datadog"` block in Terraform, an `[okta]` section in INI. Rules for
 * those formats build their pattern here so every one of them reads the same syntaxes.
 */

export interface VendorAssignmentOptions {
  /**
   * Regex source for the vendor part of the key, written in lower case; letters match either
   * case. Short names carry their own boundary, e.g. `datadog|(?<![A-Za-z0-9])dd[_.-]api`.
   * Must not contain named groups.
   */
  name: string;
  /** Regex source for the value; it becomes the named group `secret`. Letters keep their case. */
  value: string;
}

/** Letters outside character classes and escapes become `[xX]`, so the vendor name matches in any case. */
export function caseless(source: string): string {
  let result = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      result += char + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      result += char;
      continue;
    }
    if (char === '[') inClass = true;
    result += /[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char;
  }
  return result;
}

/*
 * The assignment between key and value: an optional closing quote or bracket (or both: ENV['KEY'] =), then =, :=, =>,
 * ?=, :, a comma (JSON arrays, function arguments), > (XML), or plain whitespace (CLI flags,
 * headers, nginx-style config), with a little whitespace either side.
 */
const operator = String.raw`(?:["']\]|["'\]])?(?:[ \t]{0,8}(?:=>|:=|\?=|[:=,>])[ \t]{0,8}|[ \t]{1,8})`;

/*
 * The end of a line that opens a block named for the vendor: `datadog:`, `"datadog": {`,
 * `datadog = {`, `provider "datadog" {`, `$mailchimp->setConfig([`, `cohere.Client(`. A comment
 * that merely mentions the vendor opens nothing.
 */
const blockOpener = String.raw`["']?[ \t]{0,4}(?::[ \t]{0,4}[{[]?|=?[ \t]{0,4}[{[(]{1,2})[ \t]{0,4}\r?\n`;

/*
 * Up to three indented lines of the block, then an indented child key and its assignment. Each
 * skipped line starts with one blank and runs to its end, so it matches in exactly one way and
 * the search stays linear; an unindented line ends the block.
 */
const indentedChild = String.raw`(?:[ \t][^\r\n]{0,160}\r?\n){0,3}?[ \t]{1,24}["']?(?<child>[\w.-]{1,40})${operator}`;

/* An INI or TOML section, `[datadog]`, then up to three lines of it and a key of the section. */
const sectionChild = String.raw`\][ \t]{0,4}\r?\n(?:(?:[^[\r\n][^\r\n]{0,160})?\r?\n){0,3}?[ \t]{0,24}(?<section>[\w.-]{1,40})${operator}`;

// The vendor name starts a word or a camelCase hump (myOktaToken), never the middle of one (rookTable).
const wordStart = String.raw`(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))`;

// An optional opening quote and auth scheme before the value: "Bearer …", 'Bot …', SSWS (Okta).
const valueOpener = String.raw`["'\x60]?(?:(?:${caseless('bearer|bot|token|basic|ssws')})[ \t]{1,4})?`;

/**
 * Regex source for `key … = value`; combine it with other alternatives or use vendorAssignmentPattern.
 * The match starts at the vendor name, which keeps it fast: a rule costs little more than a
 * search for its name. A block yields its first matching child only.
 */
export function vendorAssignmentSource(options: VendorAssignmentOptions): string {
  // The rest of the key may include a call or member access: cohere.ClientV2(api_key=…, $mailchimp->apiKey =
  // The name comes first so the regex engine can skip quickly to candidates; the word-start check
  // follows as a lookbehind over the name just matched (a leading lookaround made the search ~15× slower).
  const name = caseless(options.name);
  const key = String.raw`(?<key>(?:${name})(?<=${wordStart}(?:${name}))[\w.(>-]{0,40})`;
  // An object opened on the same line: "algolia": { "apiKey": …
  const sameLine = String.raw`${operator}(?:\{[ \t]{0,4}["']?(?<inline>[\w.-]{1,40})${operator})?`;
  return `${key}(?:${sameLine}|${blockOpener}${indentedChild}|${sectionChild})${valueOpener}(?<secret>${options.value})(?![A-Za-z0-9_-])`;
}

/** The whole pattern: a key naming the vendor, an assignment in any common syntax, the value. */
export function vendorAssignmentPattern(options: VendorAssignmentOptions): RegExp {
  return new RegExp(vendorAssignmentSource(options));
}

/** The key (and, in a block, section or inline object, the child key) the value was assigned to, for name checks in validate(). */
export function assignedNames(groups: Record<string, string | undefined>): string {
  return [groups.key, groups.inline, groups.child, groups.section].filter((name) => name !== undefined).join(' ');
}

// Words a key uses when it holds a credential rather than an id, a setting or a hash.
const credentialWord = /key|token|secret|pass|auth|credential|pat\b/i;

/** True when the key (or child key) the value was assigned to says it holds a credential. */
export function isCredentialName(groups: Record<string, string | undefined>): boolean {
  return credentialWord.test(assignedNames(groups));
}
