/**
 * The NATS transport's named errors, and the one place that turns the client's connection
 * failures into messages that say what to do.
 */
import { InputError } from '../core/errors.js';

/** The first connection failed: unreachable server, or credentials refused. */
export class NatsConnectError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NatsConnectError';
  }
}

/** A request's reply arrived but was dropped (too large, malformed). */
export class ReplyRejectedError extends Error {
  constructor(subject: string, reason: string) {
    super(`the reply to ${subject} was dropped: ${reason}`);
    this.name = 'ReplyRejectedError';
  }
}

/** What to throw for a failed first connection to `where` (bad options stay InputErrors). */
export function connectError(error: Error, where: string): Error {
  if (error instanceof InputError) return error;
  if (error.name === 'AuthorizationError' || /authoriz/i.test(error.message)) {
    return new NatsConnectError(`NATS server ${where} refused the credentials (${error.message}): give the token, user/password, nkey seed or creds file it requires (EBM_NATS_* variables, see proto/nats-options.ts)`, { cause: error });
  }
  return new NatsConnectError(`cannot connect to a NATS server at ${where}: ${error.message}`, { cause: error });
}
