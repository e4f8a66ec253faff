import { fileURLToPath } from 'node:url';

/** `scenarios/reminders.yaml`, found from this file so the working directory does not matter. */
export const REMINDER_CONTENT_FILE = fileURLToPath(new URL('../../scenarios/reminders.yaml', import.meta.url));
