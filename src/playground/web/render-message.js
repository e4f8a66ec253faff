import { formatText } from './format-text.js';

/**
 * One transcript entry (as the emulator's `/_emulator/` routes give it) -> a chat bubble,
 * with its inline keyboard as working buttons.
 *
 * @typedef {{ onPress: (messageId: number, data: string) => void, onCommand: (command: string) => void, fileUrl: (fileId: string) => string }} MessageActions
 */

/**
 * @param {any} entry
 * @param {MessageActions} actions
 * @returns {HTMLElement}
 */
export function renderMessage(entry, actions) {
  const row = document.createElement('div');
  row.className = `message ${entry.from === 'bot' ? 'from-bot' : 'from-user'}`;
  row.dataset.messageId = String(entry.message_id);

  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  const media = renderMedia(entry, actions);
  if (media) bubble.append(media);

  const body = entry.text ?? entry.caption;
  if (body !== undefined) {
    const text = document.createElement('div');
    text.className = 'text';
    text.append(formatText(body, entry.entities ?? [], { onCommand: actions.onCommand }));
    bubble.append(text);
  }

  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${entry.edited ? 'edited ' : ''}${timeOf(entry.date)}`;
  bubble.append(meta);
  row.append(bubble);

  const keyboard = entry.reply_markup?.inline_keyboard;
  if (entry.from === 'bot' && Array.isArray(keyboard) && keyboard.length > 0) {
    row.append(renderInlineKeyboard(entry.message_id, keyboard, actions));
  }
  return row;
}

function renderInlineKeyboard(messageId, rows, actions) {
  const box = document.createElement('div');
  box.className = 'inline-keyboard';
  for (const buttons of rows) {
    const line = document.createElement('div');
    line.className = 'keyboard-row';
    for (const button of buttons) line.append(renderButton(messageId, button, actions));
    box.append(line);
  }
  return box;
}

function renderButton(messageId, button, actions) {
  if (typeof button.url === 'string' && /^(https?:|tg:)/i.test(button.url)) {
    const a = document.createElement('a');
    a.className = 'inline-button';
    a.href = button.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = `${button.text} ↗`;
    return a;
  }
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'inline-button';
  b.textContent = button.text;
  if (typeof button.callback_data === 'string') {
    b.dataset.callbackData = button.callback_data;
    b.addEventListener('click', () => actions.onPress(messageId, button.callback_data));
  } else {
    b.disabled = true;
    b.title = 'This kind of button does nothing in the playground';
  }
  return b;
}

function renderMedia(entry, actions) {
  switch (entry.kind) {
    case 'sticker': {
      const span = document.createElement('span');
      span.className = 'sticker';
      span.textContent = '🙂';
      return span;
    }
    case 'photo': {
      const span = document.createElement('span');
      span.className = 'attachment';
      span.textContent = '🖼 Photo';
      return span;
    }
    case 'voice': {
      const span = document.createElement('span');
      span.className = 'attachment';
      span.textContent = '🎤 Voice message';
      return span;
    }
    case 'document': {
      const a = document.createElement('a');
      a.className = 'attachment';
      const name = entry.document?.file_name ?? 'file';
      a.textContent = `📄 ${name}`;
      if (entry.document?.file_id) {
        a.href = actions.fileUrl(entry.document.file_id);
        a.download = name;
      }
      return a;
    }
    default:
      return undefined;
  }
}

function timeOf(unixSeconds) {
  const date = new Date(unixSeconds * 1000);
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * The reply keyboard in force in a chat: the latest bot message that set or removed one
 * decides, as in Telegram. Returns the rows of labels, or undefined for none.
 *
 * @param {any[]} entries in chat order
 * @returns {string[][] | undefined}
 */
export function replyKeyboardOf(entries) {
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const markup = entries[i].from === 'bot' && !entries[i].deleted ? entries[i].reply_markup : undefined;
    if (markup?.remove_keyboard) return undefined;
    if (Array.isArray(markup?.keyboard)) return markup.keyboard.map((row) => row.map((b) => (typeof b === 'string' ? b : b.text)));
  }
  return undefined;
}
