import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { addSources } from '../../checks/dockerfile-add-sources.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';

/**
 * `ADD https://…` downloads at build time with no integrity check: whoever controls the server,
 * the DNS or (for http) the network path decides what lands in the image, and the same
 * Dockerfile yields different images over time.
 */
export const dockerfileAddFromUrl: IacRule = {
  id: 'dockerfile-add-from-url',
  title: 'ADD downloads from a URL without checksum',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-494', 'CIS-DOCKER-4.9'],
  equivalents: ['CKV_DOCKER_4'],
  description: 'An ADD instruction with an http(s) or git source and no `--checksum=` flag.',
  remediation: 'Pin the content: `ADD --checksum=sha256:<hash> https://example.com/tool.tar.gz /tmp/`, or download in a RUN step that verifies a checksum or signature (`curl -fsSLO … && echo "<sha256>  tool.tar.gz" | sha256sum -c -`).',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['ADD'], (instruction) => {
      if (instruction.flags.checksum) return pass;
      const sources = addSources(instruction);
      if (isUnknown(sources)) return unknown(sources.reason, instructionPath(instruction));
      // http(s) URLs and git remotes over ssh (`git@host:org/repo`).
      const remote = sources.find((source) => /^(?:https?:\/\/|git@)/i.test(source));
      return remote ? fail('ADD downloads a remote file with no checksum, so whoever controls that server or the network path decides what goes into the image', instructionPath(instruction)) : pass;
    });
  },
};
