import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { addSources } from '../../checks/dockerfile-add-sources.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';

/** Archive names ADD unpacks; for these ADD does something COPY cannot. */
const archivePattern = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma|tlz|gz|bz2|xz|zst|lzma|Z)$/;

/**
 * ADD quietly unpacks archives and fetches URLs. Used for plain files it hides that behaviour
 * from reviewers: a file that happens to be a tarball is extracted over the image (possibly
 * over system paths), where COPY would have copied it as is.
 */
export const dockerfileAddInsteadOfCopy: IacRule = {
  id: 'dockerfile-add-instead-of-copy',
  title: 'ADD used where COPY suffices',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710', 'CIS-DOCKER-4.9'],
  equivalents: ['DL3020', 'CKV_DOCKER_4'],
  description: 'An ADD instruction with a local source that is not an archive to unpack (URLs are judged by dockerfile-add-from-url).',
  remediation: 'Use `COPY src/ /app/` for files and folders; keep ADD only for a local archive it should unpack.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['ADD'], (instruction) => {
      const sources = addSources(instruction);
      if (isUnknown(sources)) return unknown(sources.reason, instructionPath(instruction));
      // http(s) and git sources are remote; anything else is a local path.
      const local = sources.filter((source) => !/^(?:https?:\/\/|git@)/i.test(source) && !archivePattern.test(source));
      return local.length > 0 ? fail(`ADD copies ${local.length === 1 ? `"${local[0]}"` : 'local files'} that COPY could copy; ADD would silently unpack it if it ever became an archive`, instructionPath(instruction)) : pass;
    });
  },
};
