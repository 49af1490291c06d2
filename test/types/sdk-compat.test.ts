import { describe, expect, it } from 'vitest';
import { checkCompatibility, generatedMethods, type CompatDiagnostic } from '../helpers/sdk-compat.js';

/**
 * Code written for Cloudflare's SDK compiles against the generated client, method by method. The
 * differences kept on purpose (README, "Differences from Cloudflare's SDK") are the only
 * diagnostics, each expected where it is and nowhere else.
 */

const methods = generatedMethods();
const accountOrZone = methods.filter((m) => m.scope === 'account_or_zone').map((m) => m.id);

/** An enum value the seeds document and the SDK lacks: results may carry it, the SDK's type cannot. */
const SEED_ONLY_ENUM_VALUE = '"ssh_piv_key"';
const MFA_RESULTS = ['zeroTrust.organizations.create', 'zeroTrust.organizations.list', 'zeroTrust.organizations.update'];

function kind(d: CompatDiagnostic): string {
  if (d.label.endsWith(' params type (account_id and zone_id both optional)'))
    return `${d.label.split(' ')[0]}: either account_id or zone_id`;
  if ((d.label.endsWith(' result type') || d.label.endsWith(' result reads')) && d.message.includes(SEED_ONLY_ENUM_VALUE))
    return `${d.label}: ${SEED_ONLY_ENUM_VALUE}`;
  return `unexpected: ${d.label}: ${d.message}`;
}

describe("compatibility with Cloudflare's SDK types", () => {
  it('accepts every SDK params variant and gives every SDK result property, but for the kept differences', () => {
    expect(methods).toHaveLength(97);
    const { diagnostics } = checkCompatibility(methods);
    const expected = [
      // The SDK makes both optional and checks at run time; ours asks for exactly one when compiling.
      ...accountOrZone.map((id) => `${id}: either account_id or zone_id`),
      ...MFA_RESULTS.flatMap((id) => [
        `${id} result type: ${SEED_ONLY_ENUM_VALUE}`,
        `${id} result reads: ${SEED_ONLY_ENUM_VALUE}`,
      ]),
    ];
    expect(diagnostics.map(kind).sort()).toEqual(expected.sort());
    expect(accountOrZone).toHaveLength(19);
  }, 240_000);
});
