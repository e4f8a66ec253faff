/**
 * The simulated people, kept in the browser's localStorage so a reload (or a restart of
 * `npm start`) finds the same people, whose state the bot keeps in its database.
 */

import { KNOWN_LANGUAGES } from './languages.js';

const KEY = 'letgo-playground:people';
const CURRENT_KEY = 'letgo-playground:current';

/** Random ids far from the small ones tests use, so two playgrounds' people never meet. */
function newId() {
  return 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
}

export function createPeople(storage = window.localStorage) {
  let list = read();
  if (list.length === 0) {
    const lang = (navigator.language || 'en').slice(0, 2).toLowerCase();
    list = [{ id: newId(), name: 'Alex', language: KNOWN_LANGUAGES.includes(lang) ? lang : 'en' }];
    write();
  }
  let currentId = Number(storage.getItem(CURRENT_KEY)) || list[0].id;
  if (!list.some((p) => p.id === currentId)) currentId = list[0].id;

  function read() {
    try {
      const parsed = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((p) => Number.isSafeInteger(p?.id) && typeof p.name === 'string') : [];
    } catch {
      return [];
    }
  }
  function write() {
    storage.setItem(KEY, JSON.stringify(list));
  }

  return {
    all: () => list,
    current: () => list.find((p) => p.id === currentId) ?? list[0],
    byId: (id) => list.find((p) => p.id === id),
    add(name, language) {
      const person = { id: newId(), name: name.trim().slice(0, 64) || 'Someone', language };
      list = [...list, person];
      write();
      return person;
    },
    select(id) {
      currentId = id;
      storage.setItem(CURRENT_KEY, String(id));
    },
  };
}
