/** A failure that stops the command (exit code 1) with its message as the one line the user sees. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
