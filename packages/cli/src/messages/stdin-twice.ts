/** `-` (standard input) named more than once. */
export function stdinTwice(): string {
  return "standard input ('-') can be scanned only once";
}
