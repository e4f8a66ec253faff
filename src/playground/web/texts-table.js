/**
 * A scenario's texts in every language side by side (from /api/scenarios): one row per text,
 * a column per language, missing, empty and stale translations marked in words (not by colour
 * alone). Built when its <details> is first opened, so a long scenario costs nothing until then.
 */

const MARKS = { missing: 'missing', empty: 'empty', stale: 'stale: the English changed' };

export function textsTable(texts) {
  const details = document.createElement('details');
  details.className = 'texts';
  const summary = document.createElement('summary');
  const problems = texts.rows.reduce((n, row) => n + Object.values(row.translations).filter((t) => t.status !== 'ok').length, 0);
  const languages = ['en', ...texts.languages];
  summary.textContent =
    texts.languages.length === 0
      ? 'Texts: English only'
      : `Texts in ${languages.join(', ')}${problems > 0 ? ` (${problems} to translate or update)` : ''}`;
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('table')) return;
    const wrap = document.createElement('div');
    wrap.className = 'texts-scroll';
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'The texts of this scenario in every language');
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const name of ['text', ...languages]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = name;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of texts.rows) {
      const tr = body.insertRow();
      const key = document.createElement('th');
      key.scope = 'row';
      key.textContent = row.key;
      tr.append(key);
      tr.insertCell().textContent = row.en;
      for (const language of texts.languages) {
        const cell = tr.insertCell();
        const { text, status } = row.translations[language];
        cell.textContent = text;
        if (status !== 'ok') {
          cell.className = `text-${status}`;
          const mark = document.createElement('strong');
          mark.className = 'mark';
          mark.textContent = MARKS[status];
          cell.prepend(mark, text === '' ? '' : ' ');
        }
      }
    }
    wrap.append(table);
    details.append(wrap);
  });
  return details;
}
