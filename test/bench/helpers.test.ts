// The benchmark's pure helpers; nothing here is timed, and nothing runs the benchmark.
import { describe, expect, it } from 'vitest';
import { replaceResults, RESULTS_END, RESULTS_START } from './report.js';
import {
  formatBytes,
  formatNumber,
  formatRatio,
  markdownTable,
  median,
  percentile,
  ratio,
  textTable,
} from './stats.js';
import { renameCopy } from './synthetic-spec.js';
import { diagnosticValue } from './typecheck.js';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('is the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no values, and does not reorder its input', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1
  it('takes the nearest rank', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });
  it('gives the smallest value at 0, NaN for no values, and rejects ranks outside 0..100', () => {
    expect(percentile([3, 2, 1], 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('ratio and formatting', () => {
  it('divides, and is NaN when the peer is missing or zero', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
  it('prints ratios with two decimals, three below 0.1, and a dash when unknown', () => {
    expect(formatRatio(0.4567)).toBe('0.46×');
    expect(formatRatio(0.04567)).toBe('0.046×');
    expect(formatRatio(12)).toBe('12.00×');
    expect(formatRatio(Number.NaN)).toBe('–');
  });
  it('prints numbers with about three significant digits', () => {
    expect(formatNumber(1234.56)).toBe('1,235');
    expect(formatNumber(56.78)).toBe('56.8');
    expect(formatNumber(5.678)).toBe('5.68');
    expect(formatNumber(0.5678)).toBe('0.568');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('–');
  });
  it('prints bytes in B, KiB or MiB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MiB');
  });
});

describe('tables', () => {
  it('writes markdown with the first column left-aligned and pipes escaped', () => {
    expect(markdownTable(['name', 'value'], [['a|b', '1']])).toBe(
      ['| name | value |', '| --- | ---: |', '| a\\|b | 1 |'].join('\n'),
    );
  });
  it('pads text columns to their widest cell', () => {
    expect(
      textTable(
        ['name', 'n'],
        [
          ['a', '10'],
          ['longer', '2'],
        ],
      ),
    ).toBe(['name     n', '------  --', 'a       10', 'longer   2'].join('\n'));
  });
});

describe('replaceResults', () => {
  it('replaces only the text between the markers', () => {
    const document = `# Title\n\n${RESULTS_START}\n\nold\n\n${RESULTS_END}\n\n## After\n`;
    expect(replaceResults(document, 'new')).toBe(`# Title\n\n${RESULTS_START}\n\nnew\n\n${RESULTS_END}\n\n## After\n`);
  });
  it('refuses a document without the markers', () => {
    expect(() => replaceResults('# Title\n', 'new')).toThrow(/markers/);
  });
});

describe('renameCopy', () => {
  it('suffixes every declared name where it is a whole word, and moves the resource', () => {
    const text = [
      'resource: zeroTrust.access.groups',
      'typePrefix: Group',
      'models:',
      '  GroupRule: { fields: { id: string } }',
      '  Rules: { type: "GroupRule[]" }',
      'endpoints: { list: { response: GroupRuleSet } }',
    ].join('\n');
    expect(renameCopy(text, ['Group', 'GroupRule', 'Rules'], 3)).toBe(
      [
        'resource: zeroTrustX3.access.groups',
        'typePrefix: GroupX3',
        'models:',
        '  GroupRuleX3: { fields: { id: string } }',
        '  RulesX3: { type: "GroupRuleX3[]" }',
        'endpoints: { list: { response: GroupRuleSet } }',
      ].join('\n'),
    );
  });
});

describe('diagnosticValue', () => {
  it("reads a number from tsc's --extendedDiagnostics output", () => {
    const output =
      'Files:                         291\nMemory used:                73218K\nCheck time:                  0.10s\n';
    expect(diagnosticValue(output, 'Files')).toBe(291);
    expect(diagnosticValue(output, 'Memory used')).toBe(73218);
    expect(diagnosticValue(output, 'Check time')).toBe(0.1);
    expect(diagnosticValue(output, 'Emit time')).toBeNaN();
  });
});
