// `--help` for every command-line entry (npm start, npm run keys, seed:synthetic, bench, schema,
// db:migration:create): its usage, exit 0; an option it does not know: its usage, exit 64
// (sysexits' EX_USAGE). Never a stack trace for a question about how to run it.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints `usage` and exits when the command line asks for help. */
export function answerHelp(usage: string, argv = process.argv.slice(2)): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
}

/** node:util's parseArgs, with `--help` answered and a wrong option said in words, with the usage. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: T,
  argv = process.argv.slice(2),
) {
  answerHelp(usage, argv);
  try {
    return parseArgs({ args: argv, options, allowPositionals: false }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${usage}`);
    process.exit(64);
  }
}
