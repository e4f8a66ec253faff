import { escapeHtml } from '../telegram/html.ts';
import { COMMANDS } from './commands.ts';

/** Short, warm, plain: the bot's own words outside the scenarios. Telegram HTML. */
export const texts = {
  welcome: (name: string) =>
    [
      `Hi ${escapeHtml(name)}. I'm letgo, a pocket coach for the days after a breakup.`,
      'We practise letting go: loosening the grip on what we cannot control, so there is room for what we can.',
      '<i>I am a self-help coach, not therapy and not a crisis service. If you are in danger, please call your local emergency number.</i>',
    ].join('\n\n'),
  welcomeBack: 'Welcome back. I can send you reminders again; /remind shows how they are set.',
  help: () =>
    [
      'Here is what I can do:',
      '',
      ...COMMANDS.map((c) => `/${c.command} - ${c.description}`),
      '',
      'Tap buttons when you see them; type when I ask you to.',
    ].join('\n'),
  stopped:
    'Done. I will not send you anything unless you write to me first.\n\nYour data stays until you ask: /delete erases it. /start opts you back in.',
  comingSoon: (command: string) => `/${command} is coming soon. For now, /help shows what works.`,
  unknownCommand: (command: string) =>
    `I don't know /${escapeHtml(command)}, sorry. /help lists what I can do.`,
  nonText: "I can't see pictures or stickers, only words and button taps. If you'd like to talk something through, /scenarios is a good start.",
  freeText:
    "Thank you for telling me. I can't answer free messages well, but a short guided conversation might help: /scenarios. If things feel too heavy right now, /sos shows people you can talk to, any time.",
  paused: (title: string) =>
    `Our conversation <b>${escapeHtml(title)}</b> is paused. Whenever you're ready, /scenarios takes you back to it. If things feel too heavy, /sos shows people you can talk to.`,
  privateOnly: (username: string) =>
    `Hi! I work in private chats only, to keep what people share private. Message me directly: @${username}`,
  error: 'Sorry, something went wrong on my side. Please try again in a moment.',
  menu: { scenarios: 'Pick a conversation', urge: 'About to text them?', remind: 'Daily reminders', help: 'Help' },
};
