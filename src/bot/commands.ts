import type { BotCommand } from 'grammy/types';

/**
 * Every user command, in the order `/help` and Telegram's menu show them.
 * `setMyCommands` registers exactly this list at start-up.
 */
export const COMMANDS = [
  { command: 'start', description: 'Welcome and main menu' },
  { command: 'scenarios', description: 'Pick a coaching conversation' },
  { command: 'urge', description: 'About to text them? Start here' },
  { command: 'remind', description: 'Your daily reminder: on, off or a time' },
  { command: 'timezone', description: 'Set your time zone, e.g. /timezone Europe/Berlin' },
  { command: 'pause', description: 'Skip reminders for a few days, e.g. /pause 3' },
  { command: 'journal', description: 'Read what you have written' },
  { command: 'progress', description: 'Your check-ins of the last two weeks' },
  { command: 'cancel', description: 'Leave the current conversation' },
  { command: 'sos', description: 'Helplines, if things feel too heavy' },
  { command: 'safetyplan', description: 'Your plan for hard moments' },
  { command: 'country', description: 'Your country, for the right helplines' },
  { command: 'stop', description: 'Stop every message I would send unasked' },
  { command: 'export', description: 'Download everything I keep about you' },
  { command: 'delete', description: 'Erase everything I keep about you' },
  { command: 'help', description: 'What I can do' },
] as const satisfies readonly BotCommand[];

export type CommandName = (typeof COMMANDS)[number]['command'];
