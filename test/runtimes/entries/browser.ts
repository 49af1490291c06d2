/** The scenario in a page: the bundle puts `runScenario` on the page, which calls it with the mock's URL. */
import { runScenario } from '../scenario.js';

Object.assign(globalThis, { runScenario, scenarioLoaded: true });
