/**
 * The authors' panel as a sheet. Below 1100 px it covers the page: a backdrop behind it,
 * the rest of the page inert, focus inside, and it closes with its button, Escape or a tap
 * outside. From 1100 px there is room beside the chat, so it is docked there (the chat
 * stays usable, so a tap in it does not close it) and closes with its button or Escape.
 *
 * @param {{ panel: HTMLElement, toggle: HTMLButtonElement, close: HTMLButtonElement, backdrop: HTMLElement,
 *           layout: HTMLElement, behind: HTMLElement[], storageKey: string, onOpen: () => void }} ui
 */
export function createSheet(ui) {
  const wide = window.matchMedia('(min-width: 1100px)');
  const isOpen = () => !ui.panel.hidden;

  const apply = () => {
    const open = isOpen();
    const covering = open && !wide.matches;
    ui.toggle.setAttribute('aria-expanded', String(open));
    ui.layout.classList.toggle('docked', open && wide.matches);
    ui.backdrop.hidden = !covering;
    for (const element of ui.behind) element.inert = covering;
  };

  const open = ({ focus = true } = {}) => {
    ui.panel.hidden = false;
    apply();
    localStorage.setItem(ui.storageKey, 'open');
    if (focus && !wide.matches) ui.close.focus();
    ui.onOpen();
  };

  const close = () => {
    const hadFocus = ui.panel.contains(document.activeElement);
    ui.panel.hidden = true;
    apply();
    localStorage.setItem(ui.storageKey, 'closed');
    if (hadFocus || !wide.matches) ui.toggle.focus();
  };

  ui.toggle.addEventListener('click', () => (isOpen() ? close() : open()));
  ui.close.addEventListener('click', close);
  ui.backdrop.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen() || event.defaultPrevented) return;
    if (wide.matches && !ui.panel.contains(document.activeElement)) return;
    event.preventDefault();
    close();
  });
  wide.addEventListener('change', apply);

  // Docked where there is room and the author left it open; never covering the chat on load.
  if (wide.matches && localStorage.getItem(ui.storageKey) !== 'closed') open({ focus: false });
  else apply();
  /** Whether the sheet covers the chat now (open on a narrow screen). */
  const covering = () => isOpen() && !wide.matches;
  return { open, close, isOpen, covering };
}
