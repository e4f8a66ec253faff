// TEMPORARY: the English texts, for tests written before the move to Fluent; removed once
// they read locales/ through tests/helpers/texts.ts.
import { createI18n } from '../i18n/i18n.ts';

const i18n = createI18n();
const t = (key: string, variables?: Record<string, string | number>) => i18n.t('en', key, variables);

export const texts = {
  error: t('error'),
  freeText: t('free-text'),
  stopped: t('stopped'),
  unknownCommand: (command: string) => t('unknown-command', { command }),
};
