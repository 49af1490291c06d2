/** The mock's first state for the runtime scenario: one group whose `name` is not a string, as the spec says it must be. */
export const ACCOUNTS = {
  /** Where the scenario creates, updates and deletes a group. */
  lifecycle: 'acc-lifecycle',
  /** Where it creates 45 groups and walks them. */
  walk: 'acc-walk',
  /** Where the seeded group that does not match the spec is. */
  invalid: 'acc-invalid',
} as const;

export const INVALID_GROUP_ID = 'group-with-a-number-for-a-name';

export const SCENARIO_SEED = {
  collections: {
    [`/accounts/${ACCOUNTS.invalid}/access/groups`]: [{ id: INVALID_GROUP_ID, name: 42, include: [] }],
  },
  values: {},
};
