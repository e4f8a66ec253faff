import { botSpeaks, englishName } from './languages.js';

/**
 * The list of simulated people: one button each, pressed for the current one. The avatar
 * letter and the language code are for the eye; a screen reader hears "Alex, English,
 * 2 unread", not "A Alex en".
 *
 * @param {HTMLUListElement} list
 * @param {{ people: Array<{id: number, name: string, language: string}>, currentId: number,
 *           unread: Map<number, number>, spoken: string[] | undefined, onSelect: (id: number) => void }} view
 */
export function renderPeople(list, view) {
  list.replaceChildren(
    ...view.people.map((person) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'person';
      button.dataset.personId = String(person.id);
      button.setAttribute('aria-pressed', String(person.id === view.currentId));
      const count = view.unread.get(person.id) ?? 0;
      const speaks = botSpeaks(view.spoken, person.language);
      const name = document.createElement('span');
      name.className = 'person-name';
      name.textContent = person.name;
      // Seen: "en", "de → en", "2". Heard: "Alex, English", "Maya, German, bot answers in English, 2 unread".
      const language = document.createElement('span');
      language.className = 'language';
      language.setAttribute('aria-hidden', 'true');
      language.textContent = speaks ? person.language : `${person.language} → en`;
      const spoken = hiddenText(`, ${englishName(person.language)}${speaks ? '' : ', bot answers in English'}`);
      button.append(avatarOf(person), name, language, spoken);
      if (count > 0) {
        const badge = document.createElement('span');
        badge.className = 'unread';
        badge.setAttribute('aria-hidden', 'true');
        badge.textContent = String(count);
        button.append(badge, hiddenText(`, ${count} unread`));
      }
      button.addEventListener('click', () => view.onSelect(person.id));
      li.append(button);
      return li;
    }),
  );
}

function hiddenText(text) {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}

/** A coloured circle with the first letter, hidden from assistive technology. */
export function avatarOf(person, element = document.createElement('span')) {
  element.className = 'avatar';
  element.setAttribute('aria-hidden', 'true');
  element.style.background = `hsl(${person.id % 360} 45% 32%)`;
  element.textContent = person.name.slice(0, 1).toUpperCase();
  return element;
}
