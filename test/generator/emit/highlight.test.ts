/** Highlighting at generation time: each token of an example in a span of its kind, everything escaped. */
import { describe, expect, it } from 'vitest';
import { highlight, type Language } from '../../../generator/emit/highlight.js';

describe('highlight', () => {
  it.each<{ given: [code: string, language: Language]; want: string }>([
    { given: ['const x = 1;', 'ts'], want: '<span class="t-k">const</span> x = <span class="t-n">1</span>;' },
    {
      given: ["client.zoo.pets.get('a', { account_id: 'b' })", 'ts'],
      want:
        'client.zoo.pets.<span class="t-f">get</span>(<span class="t-s">&#39;a&#39;</span>, ' +
        '{ <span class="t-p">account_id</span>: <span class="t-s">&#39;b&#39;</span> })',
    },
    {
      given: ['for await (const g of list) {}', 'ts'],
      want: '<span class="t-k">for</span> <span class="t-k">await</span> (<span class="t-k">const</span> g <span class="t-k">of</span> list) {}',
    },
    { given: ['// note <b>', 'ts'], want: '<span class="t-c">// note &lt;b&gt;</span>' },
    { given: ['x<y> && z', 'ts'], want: 'x&lt;y&gt; &amp;&amp; z' },
    {
      given: ['{"a": -1.5e3, "b": [true, null], "c": "x"}', 'json'],
      want:
        '{<span class="t-p">&quot;a&quot;</span>: <span class="t-n">-1.5e3</span>, ' +
        '<span class="t-p">&quot;b&quot;</span>: [<span class="t-k">true</span>, <span class="t-k">null</span>], ' +
        '<span class="t-p">&quot;c&quot;</span>: <span class="t-s">&quot;x&quot;</span>}',
    },
    {
      // The command starts a line; a variable inside double quotes stays part of the string.
      given: ['curl -X GET "https://x/$ACCOUNT" \\\n  -H \'A: b\' # c', 'sh'],
      want:
        '<span class="t-f">curl</span> <span class="t-o">-X</span> GET ' +
        '<span class="t-s">&quot;https://x/$ACCOUNT&quot;</span> \\\n' +
        '  <span class="t-o">-H</span> <span class="t-s">&#39;A: b&#39;</span> <span class="t-c"># c</span>',
    },
    {
      // An option only after a space: the dash inside a word is text.
      given: ['echo $HOME foo-bar --all', 'sh'],
      want: '<span class="t-f">echo</span> <span class="t-v">$HOME</span> foo-bar <span class="t-o">--all</span>',
    },
    { given: ['', 'ts'], want: '' },
  ])('$given.1: $given.0', ({ given: [code, language], want }) => {
    expect(highlight(code, language)).toBe(want);
  });
});
