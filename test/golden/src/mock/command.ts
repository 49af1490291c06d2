// Copied from generator/mock/command.ts by `npm run generate`. Edit it there.
/** `npm run mock`: the mock server from the command line. */
import { parseArgs } from 'node:util';
import { parseCorsList } from './cors.js';
import type { MockServer, MockServerOptions } from './server.js';

const USAGE = `Usage: npm run mock -- [options]

Starts a stateful mock of the API on 127.0.0.1 (base path /client/v4).

Options:
  --port N        port to listen on (default 8787; 0 picks a free one)
  --host ADDR     address to bind (default 127.0.0.1)
  --token T       accept only this API token (default: any token is accepted)
  --seed FILE     first state, from a JSON file ({ "collections": {...}, "values": {...} })
  --state FILE    keep the state in FILE: read at start, rewritten after every change
  --cors ORIGIN   let pages from ORIGIN call it from a browser (repeatable, or a comma list;
                  * for any; default: any origin when bound to a loopback address, else none)
  --quiet         do not print a line per request
  --help          show this text

Faults: send the header "x-mock-fault: 429; count=2" (or 500, "slow; delay=3000", reset),
or POST {"kind": "429", "count": 3, "path": "/access/groups"} to /__mock/faults.
State: GET, PUT or DELETE /__mock/state.

Exit codes: 0 stopped by SIGINT or SIGTERM, 1 could not start (port in use, bad state file),
2 bad usage.`;

/** Runs the command; resolves with the exit code once the server has stopped (or at once, on bad usage). */
export async function runMockCommand(
  argv: readonly string[],
  start: (options: MockServerOptions) => Promise<MockServer>,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        seed: { type: 'string' },
        state: { type: 'string' },
        cors: { type: 'string', multiple: true },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`mock: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`mock: --port must be a port number, not "${values.port}"`);
    return 2;
  }
  let cors: string[] | undefined;
  try {
    cors = values.cors === undefined ? undefined : parseCorsList(values.cors);
  } catch (error) {
    console.error(`mock: --cors: ${(error as Error).message}`);
    return 2;
  }
  let server: MockServer;
  try {
    server = await start({
      port,
      host: values.host,
      token: values.token,
      seed: values.seed,
      stateFile: values.state,
      cors,
      log: values.quiet ? undefined : (line) => console.log(line),
    });
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      `mock: ${(error as Error).message}${busy ? '; choose another with --port (0 picks a free one)' : ''}`,
    );
    return 1;
  }
  console.log(`Mock API listening at ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
