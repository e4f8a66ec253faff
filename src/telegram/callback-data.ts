/**
 * The one convention for button data: `<prefix>:<fields…>`. The prefix names the feature
 * that owns the button, so a tap is routed by prefix alone ({@link callbackRoute}); the
 * fields are decoded by that feature's zod codec, and anything that does not decode is
 * forged or from an older version and is ignored. Telegram allows 64 bytes.
 *
 * @module
 */

/** Every prefix in use, in one place so two features can never claim the same one. */
export const CALLBACK_PREFIX = {
  /** A button inside a scenario run: `sc:<runId>:<stepId>:<option>`. */
  scenarioStep: 'sc',
  /** Around scenarios: `sx:go:<id>`, `sx:sw:<id>`, `sx:resume`. */
  scenarioMenu: 'sx',
  /** A journal page: `jr:<offset>`. */
  journal: 'jr',
  /** The main menu: `menu:<item>`. */
  menu: 'menu',
  /** A check-in under a reminder: `rc:<date>:<mood>`. */
  checkin: 'rc',
  /** Reminder settings: `rm:t:<HHMM>`, `rm:later`, `rm:off`. */
  reminderSettings: 'rm',
  /** `/delete`'s question: `privacy:delete:yes|no`. */
  privacy: 'privacy',
  /** The safety question and the crisis answer's buttons: `sf:q:yes`, `sf:lines`, ... */
  safety: 'sf',
  /** The safety plan: `sp:skip:<part>`, `sp:edit:<part>`, ... */
  safetyPlan: 'sp',
  /** `/language`'s buttons: `lang:<code>`. */
  language: 'lang',
} as const;

export type CallbackPrefix = (typeof CALLBACK_PREFIX)[keyof typeof CALLBACK_PREFIX];

/** Telegram's limit on callback data, in bytes. */
export const MAX_CALLBACK_BYTES = 64;

/** Matches every button of one feature, for `composer.callbackQuery(callbackRoute(...))`. */
export function callbackRoute(prefix: CallbackPrefix): RegExp {
  return new RegExp(`^${prefix}:`);
}

/**
 * Ids of authored content (scenarios, steps, options, reminders): lowercase letters,
 * digits and single dashes. They travel inside button data, so they never hold a `:`.
 */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** {@link ID_SOURCE} as a whole-string test. */
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
