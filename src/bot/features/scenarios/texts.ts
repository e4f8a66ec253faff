import { escapeHtml } from '../../../telegram/html.ts';

/**
 * The interpreter's own words, around the authored scenarios: menus, switching, leaving,
 * the journal. Telegram HTML; titles and summaries come from the scenario files, which
 * are plain text and are escaped here.
 */
export const scenarioTexts = {
  menuIntro: 'Pick a conversation. Each takes a few minutes, and you can leave any time with /cancel.',
  menuLine: (index: number, title: string, summary: string) => `${String(index)}. <b>${escapeHtml(title)}</b>: ${escapeHtml(summary)}`,
  menuInRun: (title: string) => `You are in the middle of <b>${escapeHtml(title)}</b>. Pick it to carry on, or another one to switch.`,
  continueButton: (title: string) => `↩ Continue: ${title}`,
  switchQuestion: (current: string, next: string) =>
    `You are in the middle of <b>${escapeHtml(current)}</b>. Leave it and start <b>${escapeHtml(next)}</b>?`,
  restartQuestion: (title: string) => `You are in the middle of <b>${escapeHtml(title)}</b>. Start it over from the beginning?`,
  switchYes: (title: string) => `Yes, start ${title}`,
  restartYes: 'Start over',
  stay: 'No, carry on',
  allConversations: 'All conversations',
  unknownScenario: (id: string) => `I don't know a conversation called “${escapeHtml(id)}”. Here are the ones I have:`,
  cancelled: (title: string) =>
    `Okay, we have left <b>${escapeHtml(title)}</b>. What you answered so far is kept. /scenarios whenever you want another go.`,
  nothingToCancel: 'There is no conversation to leave right now. /scenarios lets you pick one.',
  ended: 'That one has ended.',
  endedUseLatest: 'That one has ended. Please use the latest message.',
  changed: (title: string) =>
    `I have rewritten <b>${escapeHtml(title)}</b> since you started it, and the part you were on is gone. Would you like to begin it again?`,
  startAgain: 'Begin again',
  gone: 'That conversation is no longer here. Here are the ones I have:',
  nextUp: 'Whenever you are ready, here is what could come next:',
  reminderSeam: 'If a daily nudge would help, /remind sets up a short reminder at a time you choose.',
} as const;

/** The journal's words. */
export const journalTexts = {
  empty:
    'Your journal is empty for now. Some conversations ask you to write (try “What am I holding?” in /scenarios); ' +
    'what you write there lands here.',
  header: (from: number, to: number, total: number) =>
    total <= to && from === 1 ? '<b>Your journal</b>' : `<b>Your journal</b> (${String(from)}–${String(to)} of ${String(total)})`,
  newer: '‹ Newer',
  older: 'Older ›',
  cut: '<i>Some entries are shortened here; /export has them in full.</i>',
} as const;
