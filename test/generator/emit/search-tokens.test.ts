/** The words of search text: lower case, split at punctuation and camelCase humps, compounds kept whole. */
import { describe, expect, it } from 'vitest';
import { tokens } from '../../../generator/emit/search-tokens.js';

describe('tokens', () => {
  it.each<{ given: string; want: string[] }>([
    { given: 'Access groups', want: ['access', 'groups'] },
    { given: 'pets Pets', want: ['pets'] },
    { given: 'dexTests', want: ['dex', 'tests', 'dextests'] },
    // A run of capitals is one word, up to the capital that starts the next.
    { given: 'IPProfiles', want: ['ip', 'profiles', 'ipprofiles'] },
    { given: 'ipv4Address', want: ['ipv4', 'address', 'ipv4address'] },
    { given: 'zeroTrust.access.groups', want: ['zero', 'trust', 'zerotrust', 'access', 'groups'] },
    { given: 'account_id', want: ['account', 'id', 'account_id'] },
    {
      given: 'GET /accounts/{account_id}/pets',
      want: ['get', 'accounts', 'account', 'id', 'pets', 'account_id'],
    },
    // Underscores at the ends of a compound are not part of it.
    { given: '_private_', want: ['private'] },
    { given: '__ --', want: [] },
    { given: '', want: [] },
  ])('$given', ({ given, want }) => {
    expect(tokens(given)).toEqual(want);
  });
});
