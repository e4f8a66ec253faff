/**
 * Counts database round trips (every statement, `begin` and `commit` included) and hands
 * each one to an observer, with the time it took. The bot uses it to attribute round trips
 * to the update that caused them (see `bot/middlewares/update-scope.ts`), the metrics to
 * count them, and the tests to prove how many a scenario step costs.
 *
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';

export interface RoundTrip {
  /** Milliseconds from sending the statement to its result. */
  ms: number;
  ok: boolean;
}

export type RoundTripObserver = (trip: RoundTrip) => void;

/** Wraps a Kysely dialect so that every statement its connections run is observed. */
export function observedDialect(inner: Dialect, observe: RoundTripObserver): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createDriver: () => observedDriver(inner.createDriver(), observe),
  };
}

function observedDriver(driver: Driver, observe: RoundTripObserver): Driver {
  const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const real = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const outer = (connection: DatabaseConnection): DatabaseConnection => {
    const known = wrapped.get(connection);
    if (known) return known;
    const executeQuery = async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
      const started = performance.now();
      try {
        const result = await connection.executeQuery<R>(query);
        observe({ ms: performance.now() - started, ok: true });
        return result;
      } catch (error) {
        observe({ ms: performance.now() - started, ok: false });
        throw error;
      }
    };
    // A Proxy rather than a plain object: the driver also calls its connection's private
    // (symbol-keyed) methods, e.g. to discard a connection whose rollback failed.
    const proxy = new Proxy(connection, {
      get(target, property) {
        if (property === 'executeQuery') return executeQuery;
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    wrapped.set(connection, proxy);
    real.set(proxy, connection);
    return proxy;
  };
  const inner = (connection: DatabaseConnection) => real.get(connection) ?? connection;
  // Transactions are driven through the wrapped connection, so begin/commit are counted too.
  return {
    init: () => driver.init(),
    acquireConnection: async () => outer(await driver.acquireConnection()),
    beginTransaction: (connection, settings) => driver.beginTransaction(outer(inner(connection)), settings),
    commitTransaction: (connection) => driver.commitTransaction(outer(inner(connection))),
    rollbackTransaction: (connection) => driver.rollbackTransaction(outer(inner(connection))),
    releaseConnection: (connection) => driver.releaseConnection(inner(connection)),
    destroy: () => driver.destroy(),
    ...(driver.savepoint && { savepoint: (c, name, compile) => driver.savepoint!(outer(inner(c)), name, compile) }),
    ...(driver.rollbackToSavepoint && {
      rollbackToSavepoint: (c, name, compile) => driver.rollbackToSavepoint!(outer(inner(c)), name, compile),
    }),
    ...(driver.releaseSavepoint && { releaseSavepoint: (c, name, compile) => driver.releaseSavepoint!(outer(inner(c)), name, compile) }),
  };
}

/**
 * Attributes round trips to a unit of work (one update) through AsyncLocalStorage, so work
 * done concurrently for other updates is not counted.
 */
export interface RoundTripScope {
  /** Pass to {@link observedDialect} (or `createDb`). */
  readonly observe: RoundTripObserver;
  /** Runs `work` and returns how many round trips it caused, whatever it awaited. */
  measure(work: () => Promise<unknown>): Promise<number>;
}

export function createRoundTripScope(): RoundTripScope {
  const storage = new AsyncLocalStorage<{ count: number }>();
  return {
    observe: () => {
      const counter = storage.getStore();
      if (counter) counter.count += 1;
    },
    async measure(work) {
      const counter = { count: 0 };
      await storage.run(counter, work);
      return counter.count;
    },
  };
}
