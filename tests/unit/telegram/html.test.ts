import { describe, expect, it } from 'vitest';
import { checkHtml, escapeHtml, toPlainText, visibleLength } from '../../../src/telegram/html.ts';
import { interpolate, placeholders } from '../../../src/scenarios/interpolate.ts';

describe('checkHtml', () => {
  it.each([
    'plain text',
    '<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <code>x &lt; y</code>',
    '<b><i>nested</i></b>',
    '<a href="https://example.org/a?b=1&amp;c=2">link</a>',
    'entities &amp; &lt; &gt; &quot; &#8212; &#x2014;',
    'braces {var} are fine',
  ])('accepts %s', (text) => {
    expect(checkHtml(text)).toBeUndefined();
  });

  it.each([
    ['<div>x</div>', 'tag <div> is not allowed (use <b> <i> <u> <s> <code> <a>)'],
    ['<b>x', '<b> is never closed'],
    ['<b><i>x</b></i>', '</b> closes <i>'],
    ['x</b>', '</b> closes nothing'],
    ['<b class="x">x</b>', '<b> cannot have attributes'],
    ['<a>x</a>', '<a> needs exactly one attribute: href'],
    ['<a href="javascript:alert(1)">x</a>', 'link "javascript:alert(1)" must start with https://, http://, tg:// or mailto:'],
    ['1 < 2', 'stray "<" (write &lt;) at "1 < 2"'],
    ['1 > 2', 'stray ">" (write &gt;) at "1 > 2"'],
    ['fish & chips', 'stray "&" (write &amp;) at "fish & chips"'],
    ['<code><b>x</b></code>', '<b> cannot be inside <code>'],
    ['<br/>', 'tag <br> is not allowed (use <b> <i> <u> <s> <code> <a>)'],
  ])('refuses %s', (text, problem) => {
    expect(checkHtml(text)).toBe(problem);
  });
});

describe('plain text and escaping', () => {
  it('flattens HTML to what the person reads', () => {
    expect(toPlainText('<b>A</b> &amp; <i>B</i> &lt;3 &#8212; &#x41;')).toBe('A & B <3 — A');
    expect(visibleLength('<b>four</b>&amp;')).toBe(5);
  });

  it('escapes what a person typed', () => {
    expect(escapeHtml('<b>"a" & b</b>')).toBe('&lt;b&gt;&quot;a&quot; &amp; b&lt;/b&gt;');
  });

  it('interpolates variables, escaped, leaving unknown ones empty and other braces alone', () => {
    expect(placeholders('{a} and {b-c} and {a} but not { x } or {1}')).toEqual(['a', 'b-c', 'a']);
    const values: Record<string, string> = { a: '<A>' };
    expect(interpolate('{a}, {missing}, { x }', (name) => values[name])).toBe('&lt;A&gt;, , { x }');
  });
});
