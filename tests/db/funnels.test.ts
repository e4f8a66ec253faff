import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/create-db.ts';
import type { RunStatus } from '../../src/db/scenario-tables.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { upsertUser } from '../../src/db/users.repository.ts';
import { report } from '../../src/funnels/cli/report.ts';
import { funnelsJson, readFunnels } from '../../src/funnels/funnels.ts';
import { readRunTraces } from '../../src/funnels/funnels.repository.ts';
import { startHttpServer, type RunningServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { funnelsRoute } from '../../src/playground/routes/funnels-route.ts';
import { loadScenarioFile } from '../../src/scenarios/loader.ts';
import { renderStats } from '../../src/stats/render.ts';
import { readStats } from '../../src/stats/stats.repository.ts';
import { testDatabases } from '../helpers/databases.ts';

/**
 * Funnels for authors on a seeded database: runs of the fixture scenario `walk` that went
 * every way a run can go (finished both ways, a skip, left idle, cancelled, still going, run
 * on an older file), one outside the window, reminders and check-ins by day.
 */

const DIR = 'tests/fixtures/scenarios/funnels';
const walk = await loadScenarioFile(`${DIR}/walk.yaml`);
const NOW = new Date('2026-12-01T12:00:00Z');
const HOUR = 3_600_000;
const SECRET = 'words only I should read';

interface SeedRun {
  scenario?: string;
  status: RunStatus;
  stepId: string;
  /** Hours before NOW. */
  startedHoursAgo: number;
  /** Seconds after the start. */
  endedAfter?: number;
  answers?: [stepId: string, value: string | string[], secondsAfterStart: number][];
}

const RUNS: SeedRun[] = [
  { status: 'finished', stepId: 'good-end', startedHoursAgo: 48, endedAfter: 360, answers: [['mood', 'ok', 60], ['list', ['a', 'b'], 180], ['note', SECRET, 360]] },
  // "Low", then the skip button at `why` (no answer saved), then the list and the note.
  { status: 'finished', stepId: 'low-end', startedHoursAgo: 24, endedAfter: 540, answers: [['mood', 'low', 120], ['list', ['b'], 300], ['note', 'fine', 540]] },
  { status: 'expired', stepId: 'why', startedHoursAgo: 36, endedAfter: 25 * 3600, answers: [['mood', 'low', 60]] },
  { status: 'cancelled', stepId: 'mood', startedHoursAgo: 3, endedAfter: 300 },
  { status: 'cancelled', stepId: 'mood', startedHoursAgo: 2, endedAfter: 60 },
  { status: 'active', stepId: 'list', startedHoursAgo: 1, answers: [['mood', 'ok', 180]] },
  // Ran an older version: its step is gone, so only its answer is known.
  { status: 'changed', stepId: 'gone', startedHoursAgo: 5, endedAfter: 100, answers: [['mood', 'ok', 30]] },
  { status: 'cancelled', stepId: 'mood', startedHoursAgo: 40 * 24, endedAfter: 10 },
  { scenario: 'retired', status: 'cancelled', stepId: 'x', startedHoursAgo: 1, endedAfter: 10 },
];

/** The person ids used: none may appear in any output. */
const PEOPLE = RUNS.map((_, i) => 7_700_000 + i);

async function seed(db: Db): Promise<void> {
  for (const [i, run] of RUNS.entries()) {
    const userId = PEOPLE[i]!;
    await upsertUser(db, { id: userId, first_name: `Person${String(i)}` }, NOW);
    const started = new Date(NOW.getTime() - run.startedHoursAgo * HOUR);
    const after = (s: number) => new Date(started.getTime() + s * 1000);
    const { id } = await db
      .insertInto('scenario_runs')
      .values({
        user_id: userId,
        scenario_id: run.scenario ?? 'walk',
        content_version: walk.version,
        step_id: run.stepId,
        vars: '{}',
        status: run.status,
        keyboard_message_id: null,
        started_at: started,
        updated_at: after(run.endedAfter ?? run.answers?.at(-1)?.[2] ?? 0),
        ended_at: run.endedAfter === undefined ? null : after(run.endedAfter),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [stepId, value, s] of run.answers ?? []) {
      await db.insertInto('scenario_answers').values({ run_id: id, user_id: userId, step_id: stepId, value: JSON.stringify(value), created_at: after(s) }).execute();
    }
  }
  const [a, b, c, d, e] = PEOPLE as [number, number, number, number, number];
  const delivery = (userId: number, day: string, status: 'sent' | 'failed' | 'skipped', kind: 'reminder' | 'summary' = 'reminder') => ({
    user_id: userId, kind, local_date: day, status, reason: null, reminder_id: null, due_at: new Date(`${day}T20:00:00Z`),
    claim_id: null, lease_until: null, message_id: null, finished_at: null,
  });
  await db
    .insertInto('reminder_deliveries')
    .values([
      delivery(a, '2026-11-30', 'sent'), delivery(b, '2026-11-30', 'sent'), delivery(c, '2026-11-30', 'sent'),
      delivery(d, '2026-11-30', 'failed'), delivery(e, '2026-11-30', 'skipped'),
      delivery(a, '2026-11-30', 'sent', 'summary'), // a weekly summary is not a reminder
      delivery(a, '2026-12-01', 'sent'),
      delivery(a, '2026-10-01', 'sent'), // before the window
    ])
    .execute();
  await db
    .insertInto('reminder_checkins')
    .values([
      { user_id: a, local_date: '2026-11-30', mood: 'holding' },
      { user_id: b, local_date: '2026-11-30', mood: 'letting-go' },
      { user_id: a, local_date: '2026-12-01', mood: 'skipped' },
      { user_id: a, local_date: '2026-10-01', mood: 'between' },
    ])
    .execute();
}

/** What a step line should say: reached, moved on, left there, median seconds. */
const WALK_STEPS = [
  ['hello', 6, 6, 0, 0], // the run on the older file is not known to have passed it
  ['mood', 7, 5, 2, 90], // 60, 60, 120, 180 s
  ['why', 2, 1, 1, 0], // the skip saved no time
  ['list', 3, 2, 0, 120], // after a skip the arrival is unknown: one time
  ['many', 1, 1, 0, 0],
  ['note', 2, 2, 0, 210], // 180 and 240 s
  ['route', 2, 2, 0, 0],
  ['good-end', 1, 0, 0, 0],
  ['low-end', 1, 0, 0, 0],
] as const;

const ZERO_MOODS = { holding: 0, between: 0, 'letting-go': 0, skipped: 0 };

describe.each(testDatabases())('funnels on $name', (target) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await target.open());
    await migrateToLatest(db);
    await seed(db);
  }, 60_000);
  afterAll(() => close());

  it('counts, per step in file order, the runs that reached it, moved on and left there, with median times', async () => {
    const funnels = await readFunnels(db, [walk], { days: 30, now: NOW });
    const [funnel] = funnels.scenarios;
    expect(funnel).toMatchObject({ id: 'walk', title: 'A walk', started: 7, finished: 2, replayed: 6 });
    expect(funnel!.steps.map((s) => [s.stepId, s.reached, s.movedOn, s.leftThere, s.medianSeconds])).toEqual(WALK_STEPS);
  });

  it('counts reminders sent and check-ins by mood per local date, every day of the window', async () => {
    const { reminders } = await readFunnels(db, [walk], { days: 30, now: NOW });
    expect(reminders).toHaveLength(30);
    expect(reminders[0]!.day).toBe('2026-11-02');
    expect(reminders.filter((d) => d.sent > 0 || d.checkedIn > 0)).toEqual([
      { day: '2026-11-30', sent: 3, checkedIn: 2, moods: { ...ZERO_MOODS, holding: 1, 'letting-go': 1 } },
      { day: '2026-12-01', sent: 1, checkedIn: 1, moods: { ...ZERO_MOODS, skipped: 1 } },
    ]);
  });

  it('never reads what someone typed', async () => {
    const batches = [];
    for await (const batch of readRunTraces(db, { scenarioIds: ['walk'], since: new Date(0), tapped: ['walk:mood', 'walk:list'] })) batches.push(...batch);
    const answers = batches.flatMap((t) => t.answers);
    expect(answers.filter((a) => a.stepId === 'note').map((a) => a.value)).toEqual([null, null]);
    expect(answers.filter((a) => a.stepId === 'list').map((a) => a.value)).toEqual([['a', 'b'], ['b']]);
  });

  it('prints the report as tables, and as the JSON of the playground with --json', async () => {
    const shown = await report({ days: 3, json: false }, { db, scenarios: [walk], now: NOW });
    expect(shown.code).toBe(0);
    expect(shown.text).toBe(`Funnels: runs started in the last 3 days (since 2026-11-28 12:00 UTC)

A walk (walk): 7 started → 2 finished (29%)
  1 run could not be followed through the current file (it changed under them): counted where they answered and where they stopped
  step      type       reached  moved on  left there      median
  ────────  ─────────  ───────  ────────  ──────────  ──────────
  hello     message          6         6           0           –
  mood      choice           7         5           2  1 min 30 s
  why       text             2         1           1           –
  list      checklist        3         2           0       2 min
  many      message          1         1           0           –
  note      text             2         2           0  3 min 30 s
  route     branch           2         2           0           –
  good-end  end              1         0           0           –
  low-end   end              1         0           0           –

Daily reminders, by the person’s local date
  day         sent  checked in  holding  between  letting go  skipped
  ──────────  ────  ──────────  ───────  ───────  ──────────  ───────
  2026-11-29     0           0        0        0           0        0
  2026-11-30     3           2        1        0           1        0
  2026-12-01     1           1        0        0           0        1
  total          4           3        1        0           1        1

reached: runs that came to the step · moved on: went past it · left there: cancelled or idle while on it
median: time from arriving at the step to moving on (message and branch steps are shown with the next step)
`);
    const json = await report({ days: 3, json: true, scenarioId: 'walk' }, { db, scenarios: [walk], now: NOW });
    expect(JSON.parse(json.text)).toEqual(funnelsJson(await readFunnels(db, [walk], { days: 3, now: NOW })));
    for (const text of [shown.text, json.text]) {
      expect(text).not.toContain(SECRET);
      for (const id of PEOPLE) expect(text).not.toContain(String(id));
    }
    expect(await report({ days: 3, json: false, scenarioId: 'nope' }, { db, scenarios: [walk], now: NOW })).toEqual({
      code: 1,
      text: 'unknown scenario "nope" (known: walk)\n',
    });
  });

  it('answers GET /api/funnels with the contract of the authors’ panel', async () => {
    let running: { db: Db; clock: { now: () => Date } } | undefined;
    const server: RunningServer = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('silent'),
      routes: [funnelsRoute({ dir: DIR, deps: () => running })],
    });
    try {
      expect((await fetch(`${server.url}/api/funnels`)).status).toBe(503); // the bot is starting
      running = { db, clock: { now: () => NOW } };
      const res = await fetch(`${server.url}/api/funnels?days=30`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await res.json()) as { ok: boolean; result: { reminders: unknown[] } };
      expect(body).toEqual({
        ok: true,
        result: {
          days: 30,
          scenarios: [
            {
              id: 'walk',
              started: 7,
              finished: 2,
              steps: WALK_STEPS.map(([stepId, reached, movedOn, leftThere, medianSeconds]) => ({ stepId, reached, movedOn, leftThere, medianSeconds })),
            },
          ],
          reminders: expect.any(Array),
        },
      });
      expect(body.result.reminders).toHaveLength(30);
      expect(body.result.reminders.at(-2)).toEqual({ day: '2026-11-30', sent: 3, checkedIn: 2, moods: { holding: 1, between: 0, 'letting-go': 1, skipped: 0 } });
      expect(body.result.reminders.at(0)).toEqual({ day: '2026-11-02', sent: 0, checkedIn: 0, moods: ZERO_MOODS });
      // The default window is 30 days; a bad one is refused.
      expect(((await (await fetch(`${server.url}/api/funnels`)).json()) as { result: { days: number } }).result.days).toBe(30);
      for (const bad of ['0', '367', 'abc', '7.5']) {
        const refused = await fetch(`${server.url}/api/funnels?days=${bad}`);
        expect(refused.status).toBe(400);
        expect(await refused.json()).toEqual({ ok: false, description: 'days must be a whole number from 1 to 366' });
      }
    } finally {
      await server.close();
    }
  });

  it('sums the funnel up for /stats: started → finished, and the step where most leave', async () => {
    const stats = await readStats(db, NOW);
    expect(stats.runs.find((r) => r.scenarioId === 'walk')).toEqual({ scenarioId: 'walk', started: 7, finished: 2, left: 3, mostLeftAt: { stepId: 'mood', count: 2 } });
    const lines = renderStats(stats, (id) => (id === 'walk' ? walk.title : id)).split('\n');
    expect(lines).toContain('• A walk: 7 → 2; 3 left, most at <code>mood</code> (2)');
    expect(lines).toContain('• retired: 1 → 0; 1 left, most at <code>x</code> (1)');
  });
});
