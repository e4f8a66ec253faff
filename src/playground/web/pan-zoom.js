/**
 * Pan and zoom for one drawing inside a scrolling box. The box scrolls natively (touch,
 * trackpad, scrollbars, arrow keys), a mouse drag pans it, Ctrl/⌘ + wheel and the buttons
 * zoom. 100 % is the drawing's own size, where its text is as large as Mermaid set it.
 *
 * @param {HTMLElement} viewport the scrolling box
 * @param {SVGSVGElement} svg
 * @param {(zoom: number) => void} onZoom
 */
export function panZoom(viewport, svg, onZoom) {
  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.getBBox().width;
  const height = box && box.height > 0 ? box.height : svg.getBBox().height;
  let zoom = 1;

  /** Zooms about a point of the box (its centre by default), keeping that point in place. */
  const set = (next, at = { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 }) => {
    const clamped = Math.min(3, Math.max(0.2, next));
    const ratio = clamped / zoom;
    const anchorX = viewport.scrollLeft + at.x;
    const anchorY = viewport.scrollTop + at.y;
    zoom = clamped;
    svg.setAttribute('width', String(Math.round(width * zoom)));
    svg.setAttribute('height', String(Math.round(height * zoom)));
    svg.style.width = `${Math.round(width * zoom)}px`;
    svg.style.height = `${Math.round(height * zoom)}px`;
    viewport.scrollLeft = anchorX * ratio - at.x;
    viewport.scrollTop = anchorY * ratio - at.y;
    onZoom(zoom);
  };

  viewport.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = viewport.getBoundingClientRect();
      set(zoom * (event.deltaY < 0 ? 1.15 : 1 / 1.15), { x: event.clientX - rect.left, y: event.clientY - rect.top });
    },
    { passive: false },
  );

  let drag;
  viewport.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, moved: false };
  });
  viewport.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      viewport.setPointerCapture(event.pointerId);
      viewport.classList.add('dragging');
    }
    viewport.scrollLeft = drag.left - dx;
    viewport.scrollTop = drag.top - dy;
  });
  const end = () => {
    drag = undefined;
    viewport.classList.remove('dragging');
  };
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);

  set(1, { x: 0, y: 0 });
  return {
    zoomIn: () => set(zoom * 1.25),
    zoomOut: () => set(zoom / 1.25),
    reset: () => set(1),
    /** The whole drawing in the box's width (never larger than 100 %). */
    fit: () => set(Math.min(1, (viewport.clientWidth - 4) / width), { x: 0, y: 0 }),
    /** Scrolls the box (only the box) so this element of the drawing is in view. */
    reveal(element) {
      const r = element.getBoundingClientRect();
      const v = viewport.getBoundingClientRect();
      if (r.left < v.left || r.right > v.right) viewport.scrollLeft += r.left - v.left - (v.width - r.width) / 2;
      if (r.top < v.top || r.bottom > v.bottom) viewport.scrollTop += r.top - v.top - (v.height - r.height) / 2;
    },
  };
}
