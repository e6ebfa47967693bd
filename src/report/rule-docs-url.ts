/** Where a rule's generated documentation lives; SARIF helpUri, Markdown and JUnit link to it. */
export const projectUrl = 'https://github.com/rampart-sec/rampart';

export function ruleDocsUrl(scanner: string, ruleId: string): string {
  return `${projectUrl}/blob/main/docs/rules/${encodeURIComponent(scanner)}.md#${encodeURIComponent(ruleId)}`;
}
