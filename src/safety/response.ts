/**
 * What the bot says when a message suggests crisis or self-harm: it stops coaching and
 * points to people who can actually help, right now, in the person's language and for
 * their country. Pure: the words come from the Fluent files through `t`, the numbers from
 * `helplines.yaml`.
 *
 * Following safe-messaging guidance (WHO/IASP, Samaritans): thank them, take it seriously,
 * put the emergency number and a human helpline first, keep the door open, never talk
 * about methods, never score risk.
 *
 * @module
 */
import { escapeHtml } from '../telegram/html.ts';
import type { HelplineService, HelplinesForCountry, ResolvedCountry } from './helplines.ts';

/** Translates one key in the language chosen for this message. */
export type Words = (key: string, variables?: Record<string, string | number>) => string;

/** Where the helplines come from and how the country was found. */
export interface HelpFor {
  helplines: HelplinesForCountry;
  resolved: ResolvedCountry;
}

/** The full crisis answer, or the shorter follow-up for a repeat within minutes. */
export function crisisMessage(t: Words, help: HelpFor, opts: { followUp: boolean; runPaused: boolean }): string {
  const lines = opts.followUp ? [t('crisis-follow-up')] : [t('crisis-opening'), t('crisis-body')];
  lines.push('', emergencyLine(t, help), '', ...helplineBlock(t, help));
  if (!opts.followUp) lines.push('', t('crisis-trusted'), t('crisis-coach'));
  if (opts.runPaused) lines.push(t('crisis-paused'));
  lines.push('', `<i>${countryLine(t, help)}</i>`);
  return lines.join('\n');
}

/** `/sos` and "Show helplines again": the helplines with the country they are for. */
export function helplinesMessage(t: Words, help: HelpFor): string {
  return [t('sos-intro'), '', emergencyLine(t, help), '', ...helplineBlock(t, help), '', `<i>${countryLine(t, help)}</i>`].join('\n');
}

/** Domestic-abuse services of the person's country (a scenario shows them when someone is afraid of their ex). */
export function abuseHelplinesMessage(t: Words, help: HelpFor): string {
  const services = help.helplines.entry?.domesticViolence ?? [];
  return [
    t('abuse-intro'),
    '',
    ...services.map((s) => helplineLine(t, s)),
    t('abuse-directory', { url: help.helplines.directoryUrl }),
    '',
    emergencyLine(t, help),
    '',
    `<i>${countryLine(t, help)}</i>`,
  ].join('\n');
}

function emergencyLine(t: Words, help: HelpFor): string {
  const number = help.helplines.entry?.emergency;
  return number ? t('crisis-emergency', { number: escapeHtml(number) }) : t('crisis-emergency-unknown');
}

/** The country's crisis lines, then the directory (always: a person may be travelling). */
function helplineBlock(t: Words, help: HelpFor): string[] {
  const services = help.helplines.entry?.crisis ?? [];
  const lines = services.length > 0 ? [t('crisis-lines-intro'), ...services.map((s) => helplineLine(t, s))] : [];
  lines.push(t('crisis-directory', { url: help.helplines.directoryUrl }));
  return lines;
}

/** `• <b>Samaritans</b>: call 116 123 · 24/7`. */
export function helplineLine(t: Words, service: HelplineService): string {
  const ways = [
    service.phone && t('helpline-call', { number: escapeHtml(service.phone) }),
    service.sms && t('helpline-text', { how: escapeHtml(service.sms) }),
    service.chat && t('helpline-chat', { url: service.chat }),
    !service.phone && !service.chat && service.web && t('helpline-web', { url: service.web }),
    service.hours && t('helpline-hours', { hours: escapeHtml(service.hours) }),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return `• <b>${escapeHtml(service.name)}</b>: ${ways.join(' · ')}`;
}

/** Which country the helplines are for, how that was decided, and how to change it. */
export function countryLine(t: Words, help: HelpFor): string {
  const name = help.helplines.entry?.name;
  const { source } = help.resolved;
  if (!name || source === 'unknown') return t('crisis-country-unknown');
  const country = escapeHtml(name);
  return source === 'setting' ? t('crisis-country-setting', { country }) : t('crisis-country-assumed', { country, source });
}
