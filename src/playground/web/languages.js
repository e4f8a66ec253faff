/**
 * Languages in the people form. A person may speak any of these; the bot speaks those the
 * running app has complete texts for (`GET /api/bot`), and answers the others in English,
 * which the picker says rather than pretending.
 */

export const KNOWN_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt', 'pl', 'uk', 'ru', 'tr', 'ar'];

function displayName(code, inLanguage) {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Deutsch": the language's name in itself, as a picker shows it. */
export const nativeName = (code) => displayName(code, code);
/** "German": for accessible names, which the page gives in English. */
export const englishName = (code) => displayName(code, 'en');

/** Whether the bot answers a person of this language in it (unknown while it starts: yes). */
export const botSpeaks = (spoken, code) => spoken === undefined || spoken.includes(code);

/**
 * Fills the picker: the bot's languages first, then the others marked "bot answers in
 * English". `spoken` is undefined until the bot is ready; the choice made so far is kept.
 *
 * @param {HTMLSelectElement} select
 * @param {HTMLElement} note
 * @param {string[] | undefined} spoken
 */
export function fillLanguagePicker(select, note, spoken) {
  const chosen = select.value || 'en';
  const all = [...new Set([...(spoken ?? []), ...KNOWN_LANGUAGES])];
  const ordered = [...all.filter((c) => botSpeaks(spoken, c)), ...all.filter((c) => !botSpeaks(spoken, c))];
  select.replaceChildren(
    ...ordered.map((code) => {
      const option = document.createElement('option');
      option.value = code;
      option.lang = code;
      const name = `${nativeName(code)} (${code})`;
      option.textContent = botSpeaks(spoken, code) ? name : `${name}, bot answers in English`;
      return option;
    }),
  );
  select.value = all.includes(chosen) ? chosen : 'en';
  note.textContent =
    spoken === undefined
      ? 'Checking which languages the bot speaks…'
      : `The bot speaks ${spoken.map(englishName).join(', ')}; anyone else gets English.`;
}
