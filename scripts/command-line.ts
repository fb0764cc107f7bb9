import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true }>
>['values'];

/**
 * A command's options, parsed strictly. On `--help` it prints the help and gives the exit
 * code 0; on an unknown or malformed option, the error and the help on stderr, and 2. The
 * caller returns a number as its exit code: `if (typeof values === 'number') return values;`.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
  argv: string[],
  options: O,
  help: string,
): Values<O> | number {
  let values: Values<O>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if ((values as { help?: unknown }).help === true) {
    console.log(help);
    return 0;
  }
  return values;
}
