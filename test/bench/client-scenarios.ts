/** The client benchmark's scenarios: which call, how many in flight, and how many items each call must get. */
import type { Contender } from './client-contenders.js';
import { GROUP_PAGES, GROUPS_PER_PAGE } from './fixtures.js';

export interface Scenario {
  readonly id: string;
  readonly label: string;
  /** Calls in flight at once; 1 = sequential. */
  readonly concurrency: number;
  /** Calls per measured block relative to the base count: a 3-page walk is three round trips. */
  readonly weight: number;
  readonly expectedItems: number;
  call(contender: Contender): Promise<number>;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'list',
    label: 'groups.list, sequential (1 page)',
    concurrency: 1,
    weight: 1,
    expectedItems: GROUPS_PER_PAGE,
    call: (c) => c.listGroups(),
  },
  {
    id: 'create',
    label: 'applications.create, sequential (1.5 KB body)',
    concurrency: 1,
    weight: 1,
    expectedItems: 1,
    call: (c) => c.createApplication(),
  },
  {
    id: 'list-64',
    label: 'groups.list, 64 in flight',
    concurrency: 64,
    weight: 1,
    expectedItems: GROUPS_PER_PAGE,
    call: (c) => c.listGroups(),
  },
  {
    id: 'walk',
    label: `for await over ${GROUP_PAGES} pages (per walk)`,
    concurrency: 1,
    weight: 1 / GROUP_PAGES,
    expectedItems: GROUPS_PER_PAGE * GROUP_PAGES,
    call: (c) => c.walkGroups(),
  },
];

export function scenarioById(id: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return scenario;
}
