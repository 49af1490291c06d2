import { describe, expect, it } from 'vitest';
import {
  className,
  isIdentifier,
  isMemberName,
  kebabCase,
  pascalCase,
  positionalName,
} from '../../generator/names.js';

describe('names', () => {
  it.each([
    ['groups', 'Groups', 'groups'],
    ['zeroTrust', 'ZeroTrust', 'zero-trust'],
    ['identityProviders', 'IdentityProviders', 'identity-providers'],
    ['globalWARPOverride', 'GlobalWARPOverride', 'global-warp-override'],
    ['list', 'List', 'list'],
  ])('%s -> %s, %s', (name, pascal, kebab) => {
    expect(pascalCase(name)).toBe(pascal);
    expect(kebabCase(name)).toBe(kebab);
  });

  it.each([
    ['group_id', 'groupID'],
    ['identity_provider_id', 'identityProviderID'],
    ['dex_test_id', 'dexTestID'],
    ['policy_id', 'policyID'],
  ])('positional %s -> %s', (name, expected) => expect(positionalName(name)).toBe(expected));

  it('spells class names as the SDK does', () => {
    expect(['dexTests', 'ipProfiles', 'doh', 'scim', 'globalWARPOverride', 'groups'].map(className)).toEqual([
      'DEXTests',
      'IPProfiles',
      'DOH',
      'SCIM',
      'GlobalWARPOverride',
      'Groups',
    ]);
  });

  it('tells declarable names from member names', () => {
    expect(isIdentifier('GroupRule')).toBe(true);
    expect(isIdentifier('delete')).toBe(false);
    expect(isMemberName('delete')).toBe(true);
    expect(isIdentifier('2fa')).toBe(false);
    expect(isMemberName('a-b')).toBe(false);
  });
});
