/** The scenario as a Worker's test handler, for `workerd test`: a failed step fails the test. */
import { runScenario, type ScenarioEntry } from '../scenario.js';

export default {
  async test(_controller: unknown, env: { readonly MOCK_URL: string; readonly ENTRY: ScenarioEntry }): Promise<void> {
    const report = await runScenario({ baseURL: env.MOCK_URL, entry: env.ENTRY });
    console.log(`scenario report: ${JSON.stringify(report)}`);
  },
};
