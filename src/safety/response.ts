/**
 * What the bot says when a message suggests crisis or self-harm: it stops coaching and
 * points to people who can actually help, right now.
 *
 * @module
 */

/** An international directory of free, confidential helplines, searchable by country. */
export const HELPLINE_DIRECTORY_URL = 'https://findahelpline.com';

/**
 * The crisis reply (Telegram HTML, send with `parse_mode: 'HTML'`). Short and warm on
 * purpose: someone in crisis should not have to read a wall of text. It is honest that the
 * bot is a self-help coach and not a crisis service, puts the emergency number first, then
 * a helpline, then a person they trust.
 */
export function crisisResponse(): string {
  return [
    '💛 <b>Thank you for telling me. I’m really sorry you’re hurting this much.</b>',
    '',
    'I’m a self-help coach bot, not a crisis service, so I can’t give you the help you deserve right now. Please reach out to people who can:',
    '',
    '• <b>If you might act on these thoughts or you’re in danger, call your local emergency number now</b> (for example 112, 911 or 999).',
    `• Free, confidential helplines in your country: <a href="${HELPLINE_DIRECTORY_URL}">findahelpline.com</a>`,
    '• Tell someone you trust how you feel today: a friend, a family member, a doctor.',
    '',
    'You don’t have to carry this alone. I’ll be here when you want to come back.',
  ].join('\n');
}
