/** Runs the piguard command with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  process.stdout.write(`piguard ${argv.join(' ')}: not implemented yet\n`);
  return 2;
}
