/**
 * SVG to PNG on the server, with `@resvg/resvg-js` (prebuilt native binaries from npm, no
 * browser, no system libraries). Loaded on first use, so a platform without a binary only
 * loses the picture: the caller falls back to the text.
 *
 * @module
 */

/** A chart larger than this is a bug, not a picture worth sending. */
const MAX_PNG_BYTES = 2_000_000;

/**
 * Renders an SVG document to PNG bytes off the event loop (resvg's own thread pool).
 * @throws when the module cannot be loaded, the SVG cannot be rendered, or the result is empty or huge.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    logLevel: 'off',
  });
  const png = image.asPng();
  if (png.length === 0 || png.length > MAX_PNG_BYTES) throw new Error(`chart PNG has an unexpected size (${png.length} bytes)`);
  return png;
}
