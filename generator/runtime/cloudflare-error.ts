/** The errors that the code of every call may throw; the others load with the failure module (lazy.ts). */

/** Base class of every error the client throws. */
export class CloudflareError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A parameter the client cannot send (a lone surrogate, a cycle, a BigInt, NaN); nothing was sent. */
export class InvalidParameterError extends CloudflareError {
  /** Dotted client path of the endpoint, e.g. 'zeroTrust.access.groups.create'. */
  readonly endpoint: string;
  /** The parameter, e.g. 'group_id (argument 1)' or 'params.include[0].email'. */
  readonly parameter: string;

  constructor(endpoint: string, parameter: string, problem: string, options?: { cause?: unknown }) {
    super(`${endpoint}: ${parameter} ${problem}.`, options);
    this.endpoint = endpoint;
    this.parameter = parameter;
  }
}
