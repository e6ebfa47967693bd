/** How a syntax spells a multi-word name. */
export type NameStyle = 'screaming' | 'snake' | 'camel' | 'pascal' | 'kebab' | 'dotted';

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** ['db', 'password'] → DB_PASSWORD, db_password, dbPassword, DbPassword, db-password, db.password. */
export function formatName(words: readonly string[], style: NameStyle): string {
  switch (style) {
    case 'screaming':
      return words.join('_').toUpperCase();
    case 'snake':
      return words.join('_');
    case 'camel':
      return words.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
    case 'pascal':
      return words.map(capitalize).join('');
    case 'kebab':
      return words.join('-');
    case 'dotted':
      return words.join('.');
  }
}
