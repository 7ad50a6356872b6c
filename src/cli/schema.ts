/**
 * `scrollstage schema`: prints the story format as JSON Schema, generated from the valibot
 * schema (`npm run schema` writes it to `stories/story.schema.json`).
 */
import { EXIT, type CliIo } from './cliIo.js';

export const schemaUsage = `Usage: scrollstage schema

Prints the JSON Schema of story files to stdout, generated from the schema in the source.
In the repository, "npm run schema" writes it to stories/story.schema.json.`;

/** The converter is a devDependency: present in the repository, not in an installed package. */
function isMissingConverter(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (package|module)/.test(message ?? '')) &&
    (message ?? '').includes('@valibot/to-json-schema')
  );
}

export async function schema(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(schemaUsage + '\n');
    return EXIT.ok;
  }
  if (args.length) {
    io.stderr.write(`scrollstage schema: takes no arguments (got ${args[0]})\n\n${schemaUsage}\n`);
    return EXIT.usage;
  }
  let module: typeof import('../schema/toJsonSchema.js');
  try {
    module = await import('../schema/toJsonSchema.js');
  } catch (error) {
    if (!isMissingConverter(error)) throw error;
    io.stderr.write(
      'scrollstage schema: needs the dev dependency @valibot/to-json-schema; run it in the scrollstage ' +
        'repository after npm install, or use the published stories/story.schema.json\n'
    );
    return EXIT.usage;
  }
  io.stdout.write(module.storyJsonSchemaText());
  return EXIT.ok;
}
