import type { Transformer } from 'grammy';

/**
 * A grammY API transformer: answering a button tap is a courtesy (it stops the spinner), not
 * the tap's effect. Telegram refuses an answer that comes late or twice (400 "query is too
 * old… or query ID is invalid"), e.g. when an update is tried again after a database
 * outage; that refusal must not turn a step that was carried out into "something went wrong".
 */
export function forgiveLateTapAnswers(onRefused: (description: string) => void = () => {}): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method !== 'answerCallbackQuery' || result.ok || result.error_code !== 400) return result;
    onRefused(result.description);
    return { ok: true, result: true as never };
  };
}
