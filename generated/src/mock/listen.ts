// Copied from generator/mock/listen.ts by `npm run generate`. Edit it there.
/** Starting to listen, with an error that says what is wrong when the address cannot be had. */
import type { Server } from 'node:http';

export class ListenError extends Error {
  override readonly name = 'ListenError';
  /** The system's error code: EADDRINUSE, EACCES, EADDRNOTAVAIL, ENOTFOUND, ... */
  readonly code: string | undefined;

  constructor(message: string, cause: NodeJS.ErrnoException) {
    super(message, { cause });
    this.code = cause.code;
  }
}

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new ListenError(reason(error, port, host), error)));
    server.listen(port, host, resolve);
  });
}

function reason(error: NodeJS.ErrnoException, port: number, host: string): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use`;
    case 'EACCES':
      return `no permission to listen on port ${port} on ${host}`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${host}: not an address of this machine`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${host}: no such host`;
    default:
      return `cannot listen on port ${port} on ${host}: ${error.message}`;
  }
}
