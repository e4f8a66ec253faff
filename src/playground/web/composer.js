/**
 * The text box: Enter sends, Shift+Enter breaks the line, and typing `/` (or the `/`
 * button) lists the bot's commands as registered with setMyCommands, like Telegram's menu.
 *
 * @param {{ form: HTMLFormElement, input: HTMLTextAreaElement, button: HTMLButtonElement, list: HTMLUListElement,
 *           commands: () => Array<{command: string, description: string}>, onSend: (text: string) => void }} ui
 */
export function setUpComposer(ui) {
  let shown = [];
  let active = -1;

  const send = (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    ui.onSend(trimmed);
    ui.input.value = '';
    resize();
    hide();
  };

  const hide = () => {
    ui.list.hidden = true;
    shown = [];
    active = -1;
  };

  const show = (prefix) => {
    const wanted = prefix.slice(1).toLowerCase();
    shown = ui.commands().filter((c) => c.command.startsWith(wanted));
    if (shown.length === 0) return hide();
    active = Math.min(Math.max(active, 0), shown.length - 1);
    ui.list.replaceChildren(
      ...shown.map((c, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.className = i === active ? 'active' : '';
        const name = document.createElement('strong');
        name.textContent = `/${c.command}`;
        const about = document.createElement('span');
        about.textContent = c.description;
        li.append(name, about);
        li.addEventListener('mousedown', (event) => {
          event.preventDefault(); // keep focus in the text box
          send(`/${c.command}`);
        });
        return li;
      }),
    );
    ui.list.hidden = false;
  };

  const refresh = () => {
    const value = ui.input.value;
    if (/^\/\w*$/.test(value)) show(value);
    else hide();
  };

  const resize = () => {
    ui.input.style.height = 'auto';
    ui.input.style.height = `${Math.min(ui.input.scrollHeight, 160)}px`;
  };

  ui.input.addEventListener('input', () => {
    active = 0;
    refresh();
    resize();
  });
  ui.input.addEventListener('blur', () => setTimeout(hide, 100));
  ui.input.addEventListener('keydown', (event) => {
    if (!ui.list.hidden && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      refresh();
      return;
    }
    if (!ui.list.hidden && event.key === 'Tab' && shown[active]) {
      event.preventDefault();
      ui.input.value = `/${shown[active].command} `;
      hide();
      return;
    }
    if (event.key === 'Escape') return hide();
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (!ui.list.hidden && shown[active] && ui.input.value !== `/${shown[active].command}`) {
        send(`/${shown[active].command}`);
      } else {
        send(ui.input.value);
      }
    }
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(ui.input.value);
    ui.input.focus(); // after the send button, typing goes on where it was
  });
  ui.button.addEventListener('click', () => {
    if (!ui.list.hidden) return hide();
    ui.input.focus();
    active = 0;
    show('/');
  });
  /** Redraws the suggestions, e.g. when the command list arrives after the first keystroke. */
  return { refresh };
}
