// Copied from generator/runtime/scope.ts by `npm run generate`. Edit it there.
/**
 * Where a call goes: an account, a zone, or either. Passing both `account_id` and
 * `zone_id`, or neither, to an account-or-zone method is a compile error.
 */
export interface AccountScope {
  /** The account to act on. */
  account_id: string;
}

export interface ZoneScope {
  /** The zone to act on. */
  zone_id: string;
}

export type AccountOrZoneScope =
  | {
      /** The account to act on. Give this or `zone_id`, not both. */
      account_id: string;
      zone_id?: never;
    }
  | {
      /** The zone to act on. Give this or `account_id`, not both. */
      zone_id: string;
      account_id?: never;
    };

/**
 * Params of an account-or-zone method as their zod schema types them: `account_id` and
 * `zone_id` both optional, since which one is given is checked when the request is made.
 */
export type LooseScope<Params> = Params extends unknown
  ? Omit<Params, 'account_id' | 'zone_id'> & { account_id?: string; zone_id?: string }
  : never;
