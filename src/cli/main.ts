/** Entry point of the CLI bundle (dist/cli.mjs): wires runCli to the process. */
import { readFileSync } from 'node:fs';
import { runCli } from './cli.ts';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0),
});
