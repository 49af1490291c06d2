/** The scenario as a browser module: the page calls `runScenario` with the mock's URL. */
export { runScenario } from '../scenario.js';
