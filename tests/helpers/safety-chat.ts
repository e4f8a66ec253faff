/**
 * What a person sees of letgo's safety features, as expectations on the chat: the crisis
 * answer, the helplines of /sos, the direct question. Every wording comes from the Fluent
 * files (through `text`), every number from `helplines.yaml`, so a test states what should
 * be on the screen without copying sentences.
 */
import { expect } from 'vitest';
import type { TranscriptEntry } from '@letgo/telegram-emulator';
import { SAFETY_DATA } from '../../src/safety/callback-data.ts';
import { HELPLINES_FILE, loadHelplines, type CountryHelplines, type HelplineService } from '../../src/safety/helplines.ts';
import { buttonsOf, plain } from './scenario-driver.ts';
import { text } from './texts.ts';

export { SAFETY_DATA } from '../../src/safety/callback-data.ts';

/** The shipped helplines, as the app loads them. */
export const helplines = await loadHelplines(HELPLINES_FILE);

/** A UI text as the person reads it (markup rendered away). */
export function see(key: string, variables?: Record<string, string | number>, language = 'en'): string {
  return plain(text(key, variables, language));
}

/** Where the helplines shown should come from. */
export interface HelpExpectation {
  language?: string;
  /** ISO code of the country whose services must be listed; null: none known. */
  country: string | null;
  /** How the country line says it was found. */
  source: 'setting' | 'time-zone' | 'language' | 'unknown';
}

export interface CrisisExpectation extends HelpExpectation {
  followUp?: boolean;
  /** The answer says an open scenario was paused. */
  runPaused?: boolean;
}

/** The country's entry in helplines.yaml (the test fails loudly if it is missing). */
export function countryEntry(code: string): CountryHelplines {
  const entry = helplines.countries[code];
  if (!entry) throw new Error(`helplines.yaml has no ${code}`);
  return entry;
}

/** One service as listed: "• Name: call 0800 … · 24/7" (checked by its name and its number). */
export function expectService(body: string, service: HelplineService, language = 'en'): void {
  expect(body).toContain(`• ${service.name}: `);
  if (service.phone) expect(body).toContain(see('helpline-call', { number: service.phone }, language));
  if (service.sms) expect(body).toContain(service.sms);
}

/** The link entities of a message, by the URL they open. */
export function linkUrls(entry: TranscriptEntry): string[] {
  return (entry.entities ?? []).flatMap((e) => (e.type === 'text_link' && e.url !== undefined ? [e.url] : []));
}

/** The emergency number, the country's crisis lines, the directory and the country line. */
function expectHelpBlock(entry: TranscriptEntry, e: HelpExpectation): void {
  const language = e.language ?? 'en';
  const body = entry.text ?? '';
  const country = e.country === null ? undefined : countryEntry(e.country);
  if (country) {
    expect(body).toContain(see('crisis-emergency', { number: country.emergency }, language));
    if (country.crisis.length > 0) expect(body).toContain(see('crisis-lines-intro', undefined, language));
    for (const service of country.crisis) expectService(body, service, language);
  } else {
    expect(body).toContain(see('crisis-emergency-unknown', undefined, language));
    expect(body).not.toContain(see('crisis-lines-intro', undefined, language));
  }
  const directory = e.country === null ? 'https://findahelpline.com' : `https://findahelpline.com/${e.country}`;
  expect(body).toContain(see('crisis-directory', { url: directory }, language));
  expect(linkUrls(entry)).toContain(directory);
  const countryLine =
    e.source === 'unknown' || !country
      ? see('crisis-country-unknown', undefined, language)
      : e.source === 'setting'
        ? see('crisis-country-setting', { country: country.name }, language)
        : see('crisis-country-assumed', { country: country.name, source: e.source }, language);
  // The last line says which country and how it was found, and nothing else.
  expect(body.slice(-countryLine.length - 1)).toBe(`\n${countryLine}`);
}

function expectStart(body: string, start: string): void {
  expect(body.slice(0, start.length)).toBe(start);
}

/** The crisis answer, as the person reads it, with its four buttons. */
export function expectCrisisAnswer(entry: TranscriptEntry, e: CrisisExpectation): void {
  const language = e.language ?? 'en';
  const body = entry.text ?? '';
  expect(entry.from).toBe('bot');
  expect(entry.parse_mode).toBe('HTML');
  if (e.followUp) {
    expectStart(body, see('crisis-follow-up', undefined, language));
    expect(body).not.toContain(see('crisis-opening', undefined, language));
    expect(body).not.toContain(see('crisis-coach', undefined, language));
  } else {
    expectStart(body, see('crisis-opening', undefined, language));
    expect(body).toContain(see('crisis-body', undefined, language));
    expect(body).toContain(see('crisis-trusted', undefined, language));
    expect(body).toContain(see('crisis-coach', undefined, language));
    expect(body).not.toContain(see('crisis-follow-up', undefined, language));
  }
  if (e.runPaused) expect(body).toContain(see('crisis-paused', undefined, language));
  else expect(body).not.toContain(see('crisis-paused', undefined, language));
  expectHelpBlock(entry, e);
  expect(buttonsOf(entry)).toEqual([
    { text: see('crisis-button-safe', undefined, language), data: SAFETY_DATA.safe },
    { text: see('crisis-button-lines', undefined, language), data: SAFETY_DATA.lines },
    { text: see('crisis-button-plan', undefined, language), data: SAFETY_DATA.plan },
    { text: see('crisis-button-pause', undefined, language), data: SAFETY_DATA.pause },
  ]);
}

/** /sos and "Show helplines again": the helplines of the person's country, no buttons. */
export function expectHelplines(entry: TranscriptEntry, e: HelpExpectation): void {
  const language = e.language ?? 'en';
  expect(entry.from).toBe('bot');
  expectStart(entry.text ?? '', see('sos-intro', undefined, language));
  expect(entry.text).not.toContain(see('crisis-opening', undefined, language));
  expectHelpBlock(entry, e);
  expect(buttonsOf(entry)).toEqual([]);
}

/** The direct question with Yes / I'm not sure / No, I'm safe. */
export function expectQuestion(entry: TranscriptEntry, language = 'en'): void {
  expect(entry.from).toBe('bot');
  expect(entry.text).toBe(see('safety-question', undefined, language));
  expect(buttonsOf(entry)).toEqual([
    { text: see('safety-answer-yes', undefined, language), data: SAFETY_DATA.yes },
    { text: see('safety-answer-unsure', undefined, language), data: SAFETY_DATA.unsure },
    { text: see('safety-answer-no', undefined, language), data: SAFETY_DATA.no },
  ]);
}

/** The question after a tap: its words, then "You answered: …", and no buttons. */
export function expectAnswered(entry: TranscriptEntry, answer: 'yes' | 'unsure' | 'no', language = 'en'): void {
  expect(entry.text).toBe(
    `${see('safety-question', undefined, language)}\n\n${see('safety-answered', { answer: see(`safety-answer-${answer}`, undefined, language) }, language)}`,
  );
  expect(buttonsOf(entry)).toEqual([]);
}

/** True for a crisis answer (full or follow-up) in any language: it carries the four buttons. */
export function isCrisisAnswer(entry: TranscriptEntry): boolean {
  return buttonsOf(entry).some((b) => b.data === SAFETY_DATA.pause);
}

/** True for the direct question. */
export function isQuestion(entry: TranscriptEntry): boolean {
  return buttonsOf(entry).some((b) => b.data === SAFETY_DATA.no);
}
