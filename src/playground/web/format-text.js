/**
 * Telegram text + entities -> DOM nodes.
 *
 * The emulator already parsed the bot's HTML into plain text and entities, exactly as
 * Telegram hands them to a client, so the page never injects markup: every character of
 * text becomes a text node, and each entity becomes one element around its children.
 * Entity offsets count UTF-16 code units, which is what JavaScript strings index.
 */

const SAFE_LINK = /^(https?:|tg:|mailto:)/i;

/**
 * @param {string} text
 * @param {Array<{type: string, offset: number, length: number, url?: string, language?: string}>} [entities]
 * @param {{ onCommand?: (command: string) => void }} [actions]
 * @returns {DocumentFragment}
 */
export function formatText(text, entities = [], actions = {}) {
  const sorted = [...entities]
    .filter((e) => e.length > 0 && e.offset >= 0 && e.offset < text.length)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const root = document.createDocumentFragment();
  build(text, sorted, 0, text.length, root, actions);
  return root;
}

/** Appends text[start, end) to `parent`, wrapping the entities that fall inside. */
function build(text, entities, start, end, parent, actions) {
  let pos = start;
  let i = 0;
  while (i < entities.length) {
    const entity = entities[i];
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    if (from >= end) break;
    if (from < pos || to <= from) {
      i += 1; // overlaps a sibling: Telegram clients skip such entities too
      continue;
    }
    parent.append(document.createTextNode(text.slice(pos, from)));
    let j = i + 1;
    while (j < entities.length && entities[j].offset < to) j += 1;
    const element = elementFor(entity, text.slice(from, to), actions);
    build(text, entities.slice(i + 1, j), from, to, element.inner, actions);
    parent.append(element.outer);
    pos = to;
    i = j;
  }
  parent.append(document.createTextNode(text.slice(pos, end)));
}

/** One element per entity; `inner` receives the children (differs for `pre`). */
function elementFor(entity, covered, actions) {
  const el = (tag, className) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    return { outer: node, inner: node };
  };
  switch (entity.type) {
    case 'bold':
      return el('strong');
    case 'italic':
      return el('em');
    case 'underline':
      return el('u');
    case 'strikethrough':
      return el('s');
    case 'code':
      return el('code');
    case 'pre': {
      const pre = document.createElement('pre');
      const code = document.createElement('code');
      if (entity.language) code.dataset.language = entity.language;
      pre.append(code);
      return { outer: pre, inner: code };
    }
    case 'blockquote':
    case 'expandable_blockquote':
      return el('blockquote');
    case 'spoiler': {
      const node = el('span', 'spoiler');
      node.outer.title = 'Spoiler: click to reveal';
      node.outer.addEventListener('click', () => node.outer.classList.add('revealed'));
      return node;
    }
    case 'text_link':
      return link(entity.url ?? '');
    case 'url':
      return link(/^[a-z][a-z0-9+.-]*:/i.test(covered) ? covered : `https://${covered}`);
    case 'email':
      return link(`mailto:${covered}`);
    case 'phone_number':
      return el('span', 'phone');
    case 'bot_command': {
      const node = el('a', 'command');
      node.outer.href = '#';
      node.outer.addEventListener('click', (event) => {
        event.preventDefault();
        actions.onCommand?.(covered.replace(/@\w+$/, ''));
      });
      return node;
    }
    case 'mention':
    case 'text_mention':
    case 'hashtag':
    case 'cashtag':
      return el('span', 'mention');
    default:
      return el('span');
  }
}

function link(url) {
  if (!SAFE_LINK.test(url)) {
    const span = document.createElement('span');
    span.className = 'unsafe-link';
    return { outer: span, inner: span };
  }
  const a = document.createElement('a');
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return { outer: a, inner: a };
}
