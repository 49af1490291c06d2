/**
 * The scenario as a CommonJS program, for Node: bundled to CommonJS, its import of the package
 * becomes `require('zero-trust-client')`. Prints the report and the file `require` resolved.
 */
import { runScenario } from '../scenario.js';

runScenario({ baseURL: process.argv[2] ?? '' }).then(
  (report) => console.log(JSON.stringify({ ...report, resolved: require.resolve('zero-trust-client') })),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
