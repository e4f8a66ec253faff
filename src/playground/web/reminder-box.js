import { api } from './api.js';

/**
 * "Send my reminder now" for the current person, through the real dispatcher. The status
 * line belongs to a person: switching shows that person's last result, never another's.
 *
 * @param {{ button: HTMLButtonElement, status: HTMLElement, person: () => { id: number, name: string } }} ui
 */
export function createReminderBox(ui) {
  const lastResult = new Map();

  const show = () => {
    const person = ui.person();
    ui.button.textContent = `Send ${person.name}’s reminder now`;
    ui.status.textContent = lastResult.get(person.id) ?? `Sends ${person.name}’s daily reminder through the real dispatcher.`;
  };

  ui.button.addEventListener('click', async () => {
    const person = ui.person();
    const say = (text) => {
      lastResult.set(person.id, text);
      if (ui.person().id === person.id) show();
    };
    say(`Sending ${person.name}’s reminder…`);
    try {
      const result = await api.remindNow(person);
      say(result.sent ? `Sent to ${person.name}: it arrives in the chat like any reminder.` : `Nothing sent to ${person.name}: ${result.reason ?? 'no reason given'}`);
    } catch (error) {
      say(error.message);
    }
  });

  show();
  return { personChanged: show };
}
