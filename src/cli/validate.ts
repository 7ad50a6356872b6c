/**
 * `scrollstage validate FILE...`: checks story files and prints every problem as
 * `FILE:LINE:COL  JSON.PATH  message`, which editors and terminals turn into links.
 * Results go to stdout (one line per problem, or `FILE: ok (N steps)`), so they can be
 * piped and grepped; only usage errors go to stderr.
 */
import { checkStoryFile } from './checkStory.js';
import { EXIT, type CliIo } from './cliIo.js';

export const validateUsage = `Usage: scrollstage validate FILE...

Checks story files. Prints "FILE: ok (N steps)" for each valid file, otherwise every
problem as "FILE:LINE:COL  JSON.PATH  message". A valid file's warnings (allowed, but
probably not meant) follow its ok line as "FILE:LINE:COL  JSON.PATH  warning: message".
Exits 0 when all files are valid, warnings or not; 1 when any has a problem; 2 on a usage
error.`;

export async function validate(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(validateUsage + '\n');
    return EXIT.ok;
  }
  const options = args.filter((a) => a.startsWith('-') && a !== '-');
  if (options.length) {
    io.stderr.write(`scrollstage validate: unknown option ${options[0]}\n\n${validateUsage}\n`);
    return EXIT.usage;
  }
  if (args.length === 0) {
    io.stderr.write(`scrollstage validate: no files given\n\n${validateUsage}\n`);
    return EXIT.usage;
  }
  let allOk = true;
  for (const file of args) {
    const { lines, ok } = await checkStoryFile(file, io);
    io.stdout.write(lines.join('\n') + '\n');
    allOk &&= ok;
  }
  return allOk ? EXIT.ok : EXIT.problems;
}
