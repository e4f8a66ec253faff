/**
 * The words of the messages the dispatcher sends on its own besides the reminder texts (the
 * question after five unanswered reminders, the note when they pause themselves, the weekly
 * summary), in Telegram HTML. They live beside the dispatcher rather than with the feature's
 * replies (`bot/features/reminders/texts.ts`) because the dispatcher may not import the bot;
 * both move to the Fluent files together.
 *
 * @module
 */

export const dispatchTexts = {
  keepGoing: [
    'I’ve sent you a few reminders without hearing back, and that is completely fine.',
    '',
    'Would you like them to keep coming?',
  ].join('\n'),
  keepGoingButtons: { keep: 'Yes, keep going', pauseWeek: 'Pause for a week', stop: 'Stop reminders' },
  autoPaused: [
    'I’ve paused your daily reminders, so they don’t pile up while you’re busy living.',
    '',
    'Whenever you want them back, send /remind on.',
  ].join('\n'),
  autoPausedButton: 'Turn them back on',
  summaryTitle: '<b>Your week</b>',
  /** `of` is 7, or fewer for someone who started this week. */
  summaryPractised: (days: number, of: number) =>
    days === 0
      ? 'A quiet week, and that’s allowed. Any day is a good day to begin again.'
      : `You practised on <b>${days}</b> of ${of === 7 ? 'the last 7 days' : `the ${of} day${of === 1 ? '' : 's'} since you started`}. Each of them counts, and stays counted.`,
  summaryButton: 'See my month',
};
