/**
 * `scrollstage validate FILE...`: checks story files and prints every problem as
 * `FILE:LINE:COL  JSON.PATH  message`, which editors and terminals turn into links.
 * Results go to stdout (one line per problem, or `FILE: ok (N steps)`), so they can be
 * piped and grepped; only usage errors go to stderr.
 */
import { checkStoryFile } from './checkStory.js';
import { EXIT, type CliIo } from './cliIo.js';
import { GraphicsFileError, loadGraphics } from './loadGraphics.js';

export const validateUsage = `Usage: scrollstage validate [--graphics MODULE.js]... FILE...

Checks story files. Prints "FILE: ok (N steps)" for each valid file, otherwise every
problem as "FILE:LINE:COL  JSON.PATH  message". A valid file's warnings (allowed, but
probably not meant) follow its ok line as "FILE:LINE:COL  JSON.PATH  warning: message".
Exits 0 when all files are valid, warnings or not; 1 when any has a problem; 2 on a usage
error.
  --graphics  an ES module exporting "graphics": graphic types of your own, as models
              (defineGraphicModel from scrollstage/story), for stories that use them`;

export async function validate(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(validateUsage + '\n');
    return EXIT.ok;
  }
  const files: string[] = [];
  const graphicsFiles: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--graphics') {
      const value = args[++i];
      if (value === undefined || value.startsWith('-')) {
        io.stderr.write(`scrollstage validate: --graphics needs a module file\n\n${validateUsage}\n`);
        return EXIT.usage;
      }
      graphicsFiles.push(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      io.stderr.write(`scrollstage validate: unknown option ${arg}\n\n${validateUsage}\n`);
      return EXIT.usage;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr.write(`scrollstage validate: no files given\n\n${validateUsage}\n`);
    return EXIT.usage;
  }
  let graphics;
  try {
    graphics = await loadGraphics(graphicsFiles, io.cwd);
  } catch (error) {
    if (!(error instanceof GraphicsFileError)) throw error;
    io.stderr.write(`scrollstage validate: ${error.message}\n`);
    return EXIT.usage;
  }
  let allOk = true;
  for (const file of files) {
    const { lines, ok } = await checkStoryFile(file, io, graphics);
    io.stdout.write(lines.join('\n') + '\n');
    allOk &&= ok;
  }
  return allOk ? EXIT.ok : EXIT.problems;
}
