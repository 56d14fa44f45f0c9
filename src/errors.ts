/**
 * Errors a front end may show as they are. Anything else is a bug: it is logged with its stack
 * and the user gets a short generic reply instead (one error boundary per front end).
 */

/** The user's mistake, with a message fit to show them (it names the bad value). */
export class UserError extends Error {
  override name = 'UserError';
}

/** A command line the program cannot parse: an unknown command or option, a missing argument. */
export class UsageError extends UserError {
  override name = 'UsageError';
}

/** A setting in the environment is missing or malformed; the message names the key. */
export class ConfigError extends UserError {
  override name = 'ConfigError';
  constructor(readonly key: string, message: string) {
    super(message);
  }
}

/** The message to show for any thrown value: a UserError's own message, else a generic one. */
export function userMessage(error: unknown, generic = 'Something went wrong while answering; the error was logged.'): string {
  return error instanceof UserError ? error.message : generic;
}
