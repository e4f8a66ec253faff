import { escapeHtml } from '../telegram/html.ts';

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_-]*)\}/g;

/** Names of the `{var}` placeholders in a text, in order, with repeats. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Replaces `{var}` placeholders with `value(name)`, HTML-escaped, because variables can
 * hold what a person typed. A placeholder whose value is undefined becomes empty: a
 * scenario edited mid-run must still render. Braces that are not placeholders stay.
 */
export function interpolate(text: string, value: (name: string) => string | undefined): string {
  return text.replace(PLACEHOLDER, (_, name: string) => escapeHtml(value(name) ?? ''));
}
