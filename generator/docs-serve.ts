/**
 * `npm run docs:serve [-- --port N]`: serves the generated docs site on 127.0.0.1 for a quick
 * look. The site needs no server (it opens from the file system); this is a convenience.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** Serves the files under `root`; nothing outside it, whatever the URL says. */
export function docsServer(root: string): Server {
  return createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const inside = file === root || file.startsWith(root + path.sep);
    const found = inside && (await stat(file).catch(() => undefined))?.isFile();
    if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res
        .writeHead(found ? 405 : 404, { 'content-type': 'text/plain' })
        .end(found ? 'Method not allowed' : 'Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '8080' }, dir: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, not "${values.port}"`);
    process.exit(2);
  }
  const root = path.resolve(values.dir ?? fileURLToPath(new URL('../generated/docs/site', import.meta.url)));
  const server = docsServer(root);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`docs at http://127.0.0.1:${actual}/ (Ctrl-C to stop)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
