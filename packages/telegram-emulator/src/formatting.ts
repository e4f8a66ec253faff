import { badRequest, type ApiError } from './api-error.ts';
import type { MessageEntity } from './types.ts';

/**
 * Telegram's text formatting: `parse_mode` markup in, plain text plus entities out.
 *
 * Telegram stores the rendered text and entities, answers the bot with them, and refuses
 * malformed markup with 400 "can't parse entities". The emulator does the same so a bot that
 * forgets to escape user input fails here as it would in production, and so the length
 * limits apply to the rendered text. Offsets are in UTF-16 code units (JavaScript string
 * indices), as in the Bot API; error positions are UTF-8 byte offsets, as in Telegram's messages.
 *
 * @module
 */

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** Renders `source` by `parseMode` (`HTML`, `MarkdownV2`, `Markdown`; case-insensitive). */
export function parseFormatted(source: string, parseMode: string | undefined): FormattedText {
  switch (parseMode?.toLowerCase()) {
    case undefined:
    case '':
      return { text: source, entities: [] };
    case 'html':
      return parseHtml(source);
    case 'markdownv2':
      return parseMarkdownV2(source);
    case 'markdown':
      return parseMarkdownLegacy(source);
    default:
      throw badRequest('unsupported parse_mode');
  }
}

/**
 * The entities Telegram adds to text a user types. Only `bot_command` is detected: it is
 * the one bots depend on (grammY's `bot.command()` matches on it).
 */
export function detectUserEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(/(^|\s)(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?![A-Za-z0-9_@])/g)) {
    const command = match[2] ?? '';
    entities.push({ type: 'bot_command', offset: match.index + (match[1] ?? '').length, length: command.length });
  }
  return entities;
}

function parseError(detail: string): ApiError {
  return badRequest(`can't parse entities: ${detail}`);
}

function byteOffset(source: string, index: number): number {
  return Buffer.byteLength(source.slice(0, index));
}

function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return entities.filter((e) => e.length > 0).sort((a, b) => a.offset - b.offset || b.length - a.length);
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

interface OpenTag {
  tag: string;
  start: number;
  entity?: Omit<MessageEntity, 'offset' | 'length'>;
}

const SIMPLE_HTML_TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  pre: 'pre',
  code: 'code',
};

function parseHtml(source: string): FormattedText {
  let text = '';
  const entities: MessageEntity[] = [];
  const stack: OpenTag[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (char === '&') {
      const match = /^&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot);/i.exec(source.slice(i, i + 12));
      if (match) {
        text += decodeHtmlEntity(match[1] ?? '');
        i += match[0].length;
      } else {
        text += char;
        i += 1;
      }
      continue;
    }
    if (char !== '<') {
      text += char;
      i += 1;
      continue;
    }
    const at = byteOffset(source, i);
    const close = source.indexOf('>', i);
    if (close < 0) throw parseError(`Unclosed start tag at byte offset ${at}`);
    const inner = source.slice(i + 1, close);
    i = close + 1;
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const open = stack.pop();
      if (!open) throw parseError(`Unexpected end tag at byte offset ${at}`);
      if (open.tag !== name) {
        throw parseError(`Unmatched end tag at byte offset ${at}, expected "</${open.tag}>", found "</${name}>"`);
      }
      if (open.entity) entities.push({ ...open.entity, offset: open.start, length: text.length - open.start });
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(inner);
    const name = nameMatch?.[0].toLowerCase() ?? '';
    const attributes = parseAttributes(inner.slice(name.length));
    stack.push({ tag: name, start: text.length, ...htmlTagEntity(name, attributes, stack, at) });
  }
  const unclosed = stack.pop();
  if (unclosed) throw parseError(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  return { text, entities: sortEntities(entities) };
}

function htmlTagEntity(
  name: string,
  attributes: Map<string, string>,
  stack: OpenTag[],
  at: number,
): Pick<OpenTag, 'entity'> {
  if (name === 'span') {
    if (attributes.get('class') !== 'tg-spoiler') throw parseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
    return { entity: { type: 'spoiler' } };
  }
  if (name === 'a') {
    const href = attributes.get('href');
    if (href === undefined || href === '') return {};
    const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
    if (mention) return { entity: { type: 'text_mention', user: { id: Number(mention[1]), is_bot: false, first_name: '' } } };
    return { entity: { type: 'text_link', url: href } };
  }
  if (name === 'blockquote') return { entity: { type: attributes.has('expandable') ? 'expandable_blockquote' : 'blockquote' } };
  if (name === 'tg-emoji') {
    const id = attributes.get('emoji-id');
    if (!id) throw parseError(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${at}`);
    return { entity: { type: 'custom_emoji', custom_emoji_id: id } };
  }
  const type = SIMPLE_HTML_TAGS[name];
  if (!type) throw parseError(`Unsupported start tag "${name}" at byte offset ${at}`);
  const language = /^language-(.+)$/.exec(attributes.get('class') ?? '')?.[1];
  const parent = stack[stack.length - 1];
  // <pre><code class="language-x"> is one `pre` entity with a language, not two entities.
  if (type === 'code' && language && parent?.tag === 'pre' && parent.entity) {
    parent.entity = { ...parent.entity, language };
    return {};
  }
  return { entity: { type } };
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set((match[1] ?? '').toLowerCase(), decodeHtmlEntities(value));
  }
  return attributes;
}

function decodeHtmlEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot);/gi, (_, name: string) => decodeHtmlEntity(name));
}

function decodeHtmlEntity(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'lt') return '<';
  if (lower === 'gt') return '>';
  if (lower === 'amp') return '&';
  if (lower === 'quot') return '"';
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

// ---------------------------------------------------------------------------
// MarkdownV2
// ---------------------------------------------------------------------------

const MARKDOWN_V2_RESERVED = new Set('_*[]()~`>#+-=|{}.!'.split(''));

const ENTITY_NAMES: Record<string, string> = {
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strikethrough: 'Strikethrough',
  spoiler: 'Spoiler',
  text_link: 'TextUrl',
  custom_emoji: 'CustomEmoji',
};

interface OpenMarker {
  type: string;
  start: number;
  sourceIndex: number;
}

function parseMarkdownV2(source: string): FormattedText {
  let text = '';
  const entities: MessageEntity[] = [];
  const stack: OpenMarker[] = [];
  let quoteStart: number | undefined;
  let i = 0;

  const toggle = (type: string, width: number): void => {
    const index = stack.findLastIndex((m) => m.type === type);
    if (index < 0) stack.push({ type, start: text.length, sourceIndex: i });
    else {
      const [open] = stack.splice(index, 1);
      if (open) entities.push({ type, offset: open.start, length: text.length - open.start });
    }
    i += width;
  };

  while (i < source.length) {
    const char = source[i] as string;
    const lineStart = i === 0 || source[i - 1] === '\n';
    if (char === '\\') {
      const next = source[i + 1];
      if (next === undefined) throw reservedError('\\');
      text += next;
      i += 2;
    } else if (char === '>' && lineStart) {
      quoteStart ??= text.length;
      i += 1;
    } else if (char === '\n' && quoteStart !== undefined && source[i + 1] !== '>') {
      entities.push({ type: 'blockquote', offset: quoteStart, length: text.length - quoteStart });
      quoteStart = undefined;
      text += char;
      i += 1;
    } else if (char === '`') {
      const block = source.startsWith('```', i);
      const width = block ? 3 : 1;
      const end = findClosingBacktick(source, i + width, block);
      if (end < 0) throw parseError(`Can't find end of ${block ? 'Pre' : 'Code'} entity at byte offset ${byteOffset(source, i)}`);
      let body = source.slice(i + width, end);
      let language: string | undefined;
      if (block) {
        const newline = body.indexOf('\n');
        const firstLine = newline < 0 ? '' : body.slice(0, newline);
        if (newline >= 0 && /^\S+$/.test(firstLine)) language = firstLine;
        if (newline >= 0 && (language !== undefined || firstLine === '')) body = body.slice(newline + 1);
      }
      const content = body.replace(/\\([\\`])/g, '$1');
      const entity: MessageEntity = { type: block ? 'pre' : 'code', offset: text.length, length: content.length };
      if (language) entity.language = language;
      entities.push(entity);
      text += content;
      i = end + width;
    } else if (char === '*') toggle('bold', 1);
    else if (char === '_') {
      if (source[i + 1] === '_') toggle('underline', 2);
      else toggle('italic', 1);
    } else if (char === '~') toggle('strikethrough', 1);
    else if (char === '|' && source[i + 1] === '|') toggle('spoiler', 2);
    else if (char === '[' || (char === '!' && source[i + 1] === '[')) {
      stack.push({ type: char === '!' ? 'custom_emoji' : 'text_link', start: text.length, sourceIndex: i });
      i += char === '!' ? 2 : 1;
    } else if (char === ']' && stack.some((m) => m.type === 'text_link' || m.type === 'custom_emoji')) {
      const index = stack.findLastIndex((m) => m.type === 'text_link' || m.type === 'custom_emoji');
      const [open] = stack.splice(index, 1);
      if (source[i + 1] !== '(') throw reservedError(']');
      const end = findClosingParen(source, i + 2);
      if (end < 0 || !open) throw parseError(`Can't find end of a URL at byte offset ${byteOffset(source, i + 1)}`);
      const url = source.slice(i + 2, end).replace(/\\(.)/g, '$1');
      entities.push(linkEntity(open.type, url, open.start, text.length - open.start));
      i = end + 1;
    } else if (MARKDOWN_V2_RESERVED.has(char)) throw reservedError(char);
    else {
      text += char;
      i += 1;
    }
  }
  if (quoteStart !== undefined) entities.push({ type: 'blockquote', offset: quoteStart, length: text.length - quoteStart });
  const open = stack[0];
  if (open) {
    const name = ENTITY_NAMES[open.type] ?? open.type;
    throw parseError(`Can't find end of ${name} entity at byte offset ${byteOffset(source, open.sourceIndex)}`);
  }
  return { text, entities: sortEntities(entities) };
}

function reservedError(char: string): ApiError {
  return parseError(`Character '${char}' is reserved and must be escaped with the preceding '\\'`);
}

function findClosingBacktick(source: string, from: number, block: boolean): number {
  for (let i = from; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === '`' && (!block || source.startsWith('```', i))) return i;
  }
  return -1;
}

function findClosingParen(source: string, from: number): number {
  for (let i = from; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ')') return i;
  }
  return -1;
}

function linkEntity(type: string, url: string, offset: number, length: number): MessageEntity {
  if (type === 'custom_emoji') {
    return { type, offset, length, custom_emoji_id: /[?&]id=(\d+)/.exec(url)?.[1] ?? '' };
  }
  const mention = /^tg:\/\/user\?id=(\d+)$/.exec(url);
  if (mention) return { type: 'text_mention', offset, length, user: { id: Number(mention[1]), is_bot: false, first_name: '' } };
  return { type: 'text_link', offset, length, url };
}

// ---------------------------------------------------------------------------
// Markdown (legacy): no nesting, only _ * ` [ are special
// ---------------------------------------------------------------------------

function parseMarkdownLegacy(source: string): FormattedText {
  let text = '';
  const entities: MessageEntity[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const at = byteOffset(source, i);
    const unclosed = (): ApiError => parseError(`Can't find end of the entity starting at byte offset ${at}`);
    if (char === '\\' && '_*`['.includes(source[i + 1] ?? ' ')) {
      text += source[i + 1];
      i += 2;
    } else if (char === '*' || char === '_') {
      const end = source.indexOf(char, i + 1);
      if (end < 0) throw unclosed();
      const content = source.slice(i + 1, end);
      entities.push({ type: char === '*' ? 'bold' : 'italic', offset: text.length, length: content.length });
      text += content;
      i = end + 1;
    } else if (char === '`') {
      const block = source.startsWith('```', i);
      const width = block ? 3 : 1;
      const end = source.indexOf(block ? '```' : '`', i + width);
      if (end < 0) throw unclosed();
      let content = source.slice(i + width, end);
      let language: string | undefined;
      if (block) {
        const newline = content.indexOf('\n');
        if (newline > 0 && /^\S+$/.test(content.slice(0, newline))) {
          language = content.slice(0, newline);
          content = content.slice(newline + 1);
        }
      }
      const entity: MessageEntity = { type: block ? 'pre' : 'code', offset: text.length, length: content.length };
      if (language) entity.language = language;
      entities.push(entity);
      text += content;
      i = end + width;
    } else if (char === '[') {
      const close = source.indexOf(']', i + 1);
      const urlEnd = close >= 0 && source[close + 1] === '(' ? source.indexOf(')', close + 2) : -1;
      if (urlEnd < 0) throw unclosed();
      const content = source.slice(i + 1, close);
      entities.push(linkEntity('text_link', source.slice(close + 2, urlEnd), text.length, content.length));
      text += content;
      i = urlEnd + 1;
    } else {
      text += char;
      i += 1;
    }
  }
  return { text, entities: sortEntities(entities) };
}
