/**
 * The parts of a crisis answer that depend on the person: which language to speak, which
 * country's helplines to show, and the buttons.
 *
 * @module
 */
import { InlineKeyboard } from 'grammy';
import { pickLanguage } from '../../../i18n/languages.ts';
import { helplinesFor, resolveCountry } from '../../../safety/helplines.ts';
import type { HelpFor, Words } from '../../../safety/response.ts';
import type { CrisisDetection } from '../../../safety/detection/index.ts';
import { SAFETY_DATA as SAFETY } from '../../../safety/callback-data.ts';
import type { PrivateContext } from '../../context.ts';

export { SAFETY_DATA as SAFETY } from '../../../safety/callback-data.ts';

/** The language the person reads: their /language choice, else Telegram's language_code. */
export function personLanguage(ctx: PrivateContext): string {
  return ctx.user.language ?? pickLanguage(ctx.user.language_code, ctx.deps.i18n.locales);
}

/**
 * The language of a safety message: the language they wrote the worrying words in when
 * letgo can answer in it, else their own. Someone who writes in Ukrainian is answered in
 * Ukrainian even if their Telegram is set to English.
 */
export function safetyLanguage(ctx: PrivateContext, detection?: CrisisDetection): string {
  const written = detection?.language;
  return written && ctx.deps.i18n.locales.includes(written) ? written : personLanguage(ctx);
}

/** `t` bound to one language. */
export function wordsIn(ctx: PrivateContext, language: string): Words {
  return (key, variables) => ctx.deps.i18n.t(language, key, variables);
}

/** The helplines for the person's country: their /country choice, else time zone, else language. */
export function helpFor(ctx: PrivateContext): HelpFor {
  const resolved = resolveCountry({ chosen: ctx.user.country, timeZone: ctx.user.time_zone, languageCode: ctx.user.language_code });
  return { resolved, helplines: helplinesFor(ctx.deps.helplines, resolved.country) };
}

/** Under the crisis answer: safe for now, helplines again, a safety plan, pause reminders. */
export function crisisKeyboard(t: Words): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('crisis-button-safe'), SAFETY.safe)
    .text(t('crisis-button-lines'), SAFETY.lines)
    .row()
    .text(t('crisis-button-plan'), SAFETY.plan)
    .text(t('crisis-button-pause'), SAFETY.pause);
}

/** Under the question: yes, not sure, no. */
export function questionKeyboard(t: Words): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('safety-answer-yes'), SAFETY.yes)
    .text(t('safety-answer-unsure'), SAFETY.unsure)
    .row()
    .text(t('safety-answer-no'), SAFETY.no);
}

export type QuestionAnswer = 'yes' | 'unsure' | 'no';

/**
 * A typed answer to the question ("yes", "not sure", "no") in the person's language, else in
 * English. Words the person's language marks as ambiguous (Polish "no" means "yeah") are
 * not taken as any answer: the buttons are there for that.
 */
export function typedAnswer(text: string, t: Words, english: Words): QuestionAnswer | undefined {
  const said = plain(text);
  const list = (words: Words, key: string) => words(key).split('|').map(plain).filter((w) => w !== '');
  if (list(t, 'safety-words-ambiguous').includes(said)) return undefined;
  for (const words of [t, english]) {
    for (const answer of ['unsure', 'yes', 'no'] as const) if (list(words, `safety-words-${answer}`).includes(said)) return answer;
  }
  return undefined;
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}
