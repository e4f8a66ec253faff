import { renderMessage, replyKeyboardOf } from './render-message.js';

/**
 * The open chat on screen: its bubbles, the reply keyboard in force, the scroll position.
 * Only the newest inline keyboard stays in the Tab order; older ones still work with a tap
 * or a click, but keyboard users no longer walk through every answered question.
 *
 * @param {{ messages: HTMLElement, replyKeyboard: HTMLElement, actions: import('./render-message.js').MessageActions,
 *           onReplyKey: (label: string) => void }} ui
 */
export function createChatView(ui) {
  const scrollToEnd = () => {
    ui.messages.scrollTop = ui.messages.scrollHeight;
  };

  const retireOldKeyboards = () => {
    const keyboards = [...ui.messages.querySelectorAll('.inline-keyboard')];
    keyboards.forEach((keyboard, i) => {
      const past = i < keyboards.length - 1;
      for (const button of keyboard.querySelectorAll('.inline-button')) {
        if (past) button.setAttribute('tabindex', '-1');
        else button.removeAttribute('tabindex');
      }
    });
  };

  const renderReplyKeyboard = (entries) => {
    const rows = replyKeyboardOf(entries);
    ui.replyKeyboard.hidden = !rows;
    ui.replyKeyboard.replaceChildren(
      ...(rows ?? []).map((labels) => {
        const row = document.createElement('div');
        row.className = 'keyboard-row';
        for (const label of labels) {
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = label;
          b.addEventListener('click', () => ui.onReplyKey(label));
          row.append(b);
        }
        return row;
      }),
    );
  };

  return {
    /** Draws a whole chat (after switching person or reconnecting). */
    render(entries, emptyHint) {
      ui.messages.replaceChildren(...entries.map((e) => renderMessage(e, ui.actions)));
      if (entries.length === 0) {
        const hint = document.createElement('p');
        hint.className = 'empty';
        hint.textContent = emptyHint;
        ui.messages.append(hint);
      }
      retireOldKeyboards();
      renderReplyKeyboard(entries);
      scrollToEnd();
    },

    /** Puts one new or changed entry in place without redrawing the chat. */
    upsert(entry, entries) {
      ui.messages.querySelector('.empty')?.remove();
      const existing = ui.messages.querySelector(`[data-message-id="${entry.message_id}"]`);
      const hadFocus = existing?.contains(document.activeElement) ?? false;
      if (entry.deleted) {
        existing?.remove();
      } else if (existing) {
        existing.replaceWith(renderMessage(entry, ui.actions));
      } else {
        const nearBottom = ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
        const after = [...ui.messages.children].find((el) => Number(el.dataset.messageId) > entry.message_id);
        ui.messages.insertBefore(renderMessage(entry, ui.actions), after ?? null);
        if (nearBottom || entry.from === 'user') scrollToEnd();
      }
      retireOldKeyboards();
      renderReplyKeyboard(entries);
      return { lostFocus: hadFocus && !ui.messages.contains(document.activeElement) };
    },
  };
}
