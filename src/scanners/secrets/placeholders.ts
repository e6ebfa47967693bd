/**
 * Decides whether a matched value is a stand-in rather than a credential: docs examples,
 * template variables, masked values and keyboard mashing. Every check here is a kind of
 * false positive users report against gitleaks and detect-secrets.
 */

// Words that only appear in values someone typed as an example or a placeholder.
const placeholderWords = /example|sample|placeholder|dummy|changeme|change_me|your[_-]?(?:api|secret|access|token|key|pass|own)|insert[_-]?(?:your|here)|redacted|censored|replace[_-]?me|notreal|not[_-]a[_-]real|todo|fixme|lorem|ipsum|xxxx|\*\*\*\*|\.\.\.|…/i;

const placeholderWordsGlobal = new RegExp(placeholderWords.source, 'gi');

// Template and variable syntaxes of shells, CI systems, Helm, Jinja, Terraform, .NET and others.
const templateSyntax = /^\$\{|\$\{[A-Za-z_]|\{\{|\}\}|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$|^\(\w+\)$|^#\{|__[A-Z]+__|^@[A-Za-z_]+@$/;

/** True for the AWS docs key and other values published as examples. */
const knownExampleValues = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // The UUID that RFC-style docs and most UUID tutorials print.
  '123e4567-e89b-12d3-a456-426614174000',
  '123e4567-e89b-12d3-a456-426655440000',
  '550e8400-e29b-41d4-a716-446655440000',
]);

export function isPlaceholder(value: string): boolean {
  if (knownExampleValues.has(value)) return true;
  if (hasPlaceholderWord(value)) return true;
  if (templateSyntax.test(value)) return true;
  return hasLowDiversity(value) || hasLongRun(value) || isSequential(value);
}

/**
 * A placeholder word written the way people write words: "example", "EXAMPLE", "Example",
 * "your_api_key", "yourApiKey". Random text spells "xXxX" or "ToDo" by chance now and then; that is no stand-in.
 */
function hasPlaceholderWord(value: string): boolean {
  for (const match of value.matchAll(placeholderWordsGlobal)) {
    const word = match[0];
    if (isWordCased(word)) return true;
  }
  return false;
}

/** lower, UPPER, Capitalised or camelCase whose later humps are words of three letters or more ("yourApiKey"), not "xxXx". */
function isWordCased(word: string): boolean {
  if (word === word.toLowerCase() || word === word.toUpperCase()) return true;
  const humps = word.split(/(?=[A-Z])/);
  return humps.every((hump, index) => hump.length >= (index === 0 ? 2 : 3) && (index === 0 || /^[A-Z][^A-Z]+$/.test(hump)) && hump.slice(1) === hump.slice(1).toLowerCase());
}

/** Fewer distinct characters than a random string of this length would almost surely have. */
export function hasLowDiversity(value: string): boolean {
  const distinct = new Set(value).size;
  if (value.length >= 16) return distinct < Math.min(8, Math.ceil(value.length / 4));
  return distinct < Math.ceil(value.length / 3);
}

/** Same character six or more times in a row: "aaaaaa", "000000". */
function hasLongRun(value: string): boolean {
  return /(.)\1{5,}/.test(value);
}

/** Long ascending runs such as "abcdefgh" or "12345678" mark typed, not generated, values. */
function isSequential(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 6) return true;
  }
  return false;
}
