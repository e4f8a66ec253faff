import { describe, expect, it } from 'vitest';
import { detectUserEntities, parseFormatted } from '../src/formatting.ts';
import { headerParam, parseMultipart } from '../src/http-body.ts';

const parseError = (source: string, mode: string): string => {
  try {
    parseFormatted(source, mode);
  } catch (error) {
    return (error as Error).message;
  }
  return 'parsed';
};

describe('emulator formatting (parse_mode)', () => {
  it('renders HTML into text and entities, decoding entities and nesting', () => {
    expect(parseFormatted('<b>Hi <i>you</i></b> &lt;3 &amp; <a href="https://x.org/?a=1&amp;b=2">link</a>', 'HTML')).toEqual({
      text: 'Hi you <3 & link',
      entities: [
        { type: 'bold', offset: 0, length: 6 },
        { type: 'italic', offset: 3, length: 3 },
        { type: 'text_link', offset: 12, length: 4, url: 'https://x.org/?a=1&b=2' },
      ],
    });
    expect(parseFormatted('<pre><code class="language-ts">let x</code></pre>', 'html').entities).toEqual([
      { type: 'pre', offset: 0, length: 5, language: 'ts' },
    ]);
  });

  it('refuses HTML Telegram refuses, with byte offsets', () => {
    expect(parseError('a <br> b', 'HTML')).toBe(`Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 2`);
    expect(parseError('é <b>x</i>', 'HTML')).toBe(
      `Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected "</b>", found "</i>"`,
    );
    expect(parseError('1 < 2', 'HTML')).toMatch(/Unclosed start tag at byte offset 2/);
  });

  it('renders MarkdownV2 with escapes, links and code, and refuses unescaped reserved characters', () => {
    expect(parseFormatted('*bold* _it_ __under__ ~s~ ||sp|| [a](https://x\\.y) `c\\`d` 1\\.5\\!', 'MarkdownV2')).toEqual({
      text: 'bold it under s sp a c`d 1.5!',
      entities: [
        { type: 'bold', offset: 0, length: 4 },
        { type: 'italic', offset: 5, length: 2 },
        { type: 'underline', offset: 8, length: 5 },
        { type: 'strikethrough', offset: 14, length: 1 },
        { type: 'spoiler', offset: 16, length: 2 },
        { type: 'text_link', offset: 19, length: 1, url: 'https://x.y' },
        { type: 'code', offset: 21, length: 3 },
      ],
    });
    expect(parseError('Well done!', 'MarkdownV2')).toMatch(/Character '!' is reserved/);
    expect(parseError('*open', 'MarkdownV2')).toMatch(/Can't find end of Bold entity at byte offset 0/);
  });

  it('renders legacy Markdown and refuses an unclosed entity', () => {
    expect(parseFormatted('*b* _i_ `c` [t](http://u) 1.5!', 'Markdown')).toEqual({
      text: 'b i c t 1.5!',
      entities: [
        { type: 'bold', offset: 0, length: 1 },
        { type: 'italic', offset: 2, length: 1 },
        { type: 'code', offset: 4, length: 1 },
        { type: 'text_link', offset: 6, length: 1, url: 'http://u' },
      ],
    });
    expect(parseError('snake_case', 'Markdown')).toMatch(/Can't find end of the entity starting at byte offset 5/);
    expect(parseError('x', 'LaTeX')).toBe('Bad Request: unsupported parse_mode');
  });

  it('marks bot commands in what users type, as grammY command matching requires', () => {
    expect(detectUserEntities('/start deep_link')).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect(detectUserEntities('try /help@letgo_bot now')).toEqual([{ type: 'bot_command', offset: 4, length: 15 }]);
    expect(detectUserEntities('a/b and http://x/y')).toEqual([]);
  });
});

describe('emulator multipart parsing', () => {
  it("reads grammY's dialect: lower-case headers, no spaces, unquoted filename", () => {
    const body = Buffer.concat([
      Buffer.from('--B\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n42\r\n--B\r\n'),
      Buffer.from('content-disposition:form-data;name="abc";filename=my notes.txt\r\ncontent-type:application/octet-stream\r\n\r\n'),
      Buffer.from([0, 1, 2, 13, 10, 3]),
      Buffer.from('\r\n--B--\r\n'),
    ]);
    const parts = parseMultipart(body, 'B');
    expect(parts.map((p) => [p.name, p.filename, p.bytes.length])).toEqual([
      ['chat_id', undefined, 2],
      ['abc', 'my notes.txt', 6],
    ]);
    expect([...(parts[1]?.bytes ?? [])]).toEqual([0, 1, 2, 13, 10, 3]);
  });

  it('reads quoted and RFC 5987 parameters', () => {
    expect(headerParam('form-data; name="doc"; filename="a \\"b\\".txt"', 'filename')).toBe('a "b".txt');
    expect(headerParam('multipart/form-data; boundary=----x1', 'boundary')).toBe('----x1');
    expect(headerParam('form-data; name="doc"', 'filename')).toBeUndefined();
  });
});
