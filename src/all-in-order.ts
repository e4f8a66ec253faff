/**
 * Like `Promise.all`, for steps run at once whose failures must read as if they had run one
 * after the other: waits until every task has settled (none is left running behind a throw),
 * then gives their values, or throws the error of the first task, in the order given, that
 * failed.
 */
export async function allInOrder<T extends readonly unknown[] | []>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(tasks);
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}
