/**
 * Telegram HTML in one place: escaping what people type, checking what authors write,
 * measuring and flattening it. Telegram refuses a whole message over one stray `<` or `&`,
 * so content is checked at load time rather than discovered by a user.
 *
 * @module
 */

/** Tags authored texts may use; `a` must carry exactly one `href`. */
export const ALLOWED_TAGS = ['b', 'i', 'u', 's', 'code', 'a'] as const;

export type AllowedTag = (typeof ALLOWED_TAGS)[number];

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+\s*=\s*"[^"<>]*")*)\s*(\/?)>/;
const ATTRIBUTE = /([a-zA-Z-]+)\s*=\s*"([^"]*)"/g;
const ENTITY = /^&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;
const SAFE_HREF = /^(?:https?:\/\/|tg:\/\/|mailto:)/i;

/**
 * Checks that `text` is HTML Telegram will accept with parse mode HTML, restricted to
 * `tags` (default {@link ALLOWED_TAGS}). Returns a short description of the first
 * problem, or undefined.
 */
export function checkHtml(text: string, tags: readonly AllowedTag[] = ALLOWED_TAGS): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<') {
      const match = TAG.exec(text.slice(i));
      if (!match) return `stray "<" (write &lt;) at "${excerpt(text, i)}"`;
      const [whole, slash, rawName, attrs = '', selfClose] = match;
      const name = (rawName ?? '').toLowerCase();
      if (!(tags as readonly string[]).includes(name)) {
        return `tag <${name}> is not allowed (use ${tags.map((t) => `<${t}>`).join(' ')})`;
      }
      if (selfClose) return `<${name}/> cannot be self-closing`;
      if (slash) {
        if (attrs.trim() !== '') return `closing tag </${name}> cannot have attributes`;
        const top = open.pop();
        if (top !== name) {
          return top === undefined ? `</${name}> closes nothing` : `</${name}> closes <${top}>`;
        }
      } else {
        const problem = checkAttributes(name, attrs);
        if (problem) return problem;
        if (open.includes('code')) return `<${name}> cannot be inside <code>`;
        open.push(name);
      }
      i += whole.length - 1;
    } else if (ch === '&') {
      if (!ENTITY.test(text.slice(i))) return `stray "&" (write &amp;) at "${excerpt(text, i)}"`;
    } else if (ch === '>') {
      return `stray ">" (write &gt;) at "${excerpt(text, i)}"`;
    }
  }
  const unclosed = open.pop();
  return unclosed === undefined ? undefined : `<${unclosed}> is never closed`;
}

function checkAttributes(name: string, attrs: string): string | undefined {
  const found = [...attrs.matchAll(ATTRIBUTE)].map((m) => ({ key: (m[1] ?? '').toLowerCase(), value: m[2] ?? '' }));
  if (name !== 'a') return found.length > 0 ? `<${name}> cannot have attributes` : undefined;
  const [first, ...rest] = found;
  if (!first || first.key !== 'href' || rest.length > 0) return '<a> needs exactly one attribute: href';
  if (!SAFE_HREF.test(first.value)) return `link "${first.value}" must start with https://, http://, tg:// or mailto:`;
  return undefined;
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 10), at + 10).replace(/\s+/g, ' ');
}

/** Escapes text (typed by a user, or a variable) for insertion into Telegram HTML. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * Flattens Telegram HTML to what the person reads: tags dropped, entities decoded.
 * Used for journal prompts (stored as plain text), graph labels and length checks.
 */
export function toPlainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      default: {
        const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}

/** The length Telegram counts against its 4096-character limit (UTF-16 units, tags excluded). */
export function visibleLength(html: string): number {
  return toPlainText(html).length;
}
