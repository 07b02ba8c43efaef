/**
 * `npm run bench`: what a one-quarter export (the rectifications workbook) and the quarterly report read,
 * with the same 300 items in the quarter and 1 000, 10 000 or 50 000 items of other years beside them.
 * Read by the period indexes (gsi9 by assignment, gsi8 closed items by closing date). Goal: reads grow with
 * the quarter's items only, ≤ 1.1× from 1k to 50k items outside it. At 1k and 10k the same table is first
 * read the way it was before those indexes (every item; still the path for a bureau whose older rows have
 * not been given their keys), then given the keys by the daily backfill. Not at 50k: paging through 50 000
 * items three times (two reports and the backfill) takes DynamoDB Local some seven minutes, so there the
 * bureau is marked ready while it holds only the quarter's items, and the rest is written with its keys,
 * as a command writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { addDays, workingCalendar } from '#shared/calendar/working-calendar.ts';
import { assign } from '#shared/rectification/assignment.ts';
import type { Rectification } from '#shared/rectification/rectification.ts';
import { indexKeyBackfill, rectificationRow } from '#shared/rectification/store.ts';
import { defaultRules } from '#shared/rectification/warning-colour.ts';
import { exportService } from '#shared/reporting/exports.ts';
import { quarterPeriod } from '#shared/reporting/period.ts';
import { onOwnEmulator, putAll } from './bulk.ts';

const calendar = workingCalendar();
const tenant = '360923';
const quarter = quarterPeriod(2026, 2);
const inQuarter = 300;

const template = (() => {
  const built = assign('B'.padEnd(26, '0'), tenant, { kind: 'manual' }, {
    problem: { title: '基准事项', description: '台账不全，需补齐' },
    measures: [{ text: '补齐台账' }],
    responsibility: { organisation: 'office-aoyang' },
    severity: 'major',
    deadline: { date: '2026-06-30' },
    evidence: [],
  }, { actor: { kind: 'system', job: 'bench' }, today: '2026-04-01', at: new Date('2026-04-01T02:00:00Z'), calendar, rules: defaultRules });
  if ('field' in built) throw new Error(built.message);
  return built;
})();

/**
 * Item n: the first 300 belong to the quarter (one in ten assigned in the quarter before and closed in this
 * one); the rest were assigned and closed in 2019–2025.
 */
const item = (n: number): Rectification => {
  const id = `B${String(n).padStart(25, '0')}`;
  const assignedOn = n < inQuarter ? (n % 10 === 0 ? addDays('2026-03-02', n % 20) : addDays(quarter.from, n % 80)) : addDays('2019-01-02', n % 2500);
  const closed = n < inQuarter ? n % 10 === 0 : n % 3 !== 0;
  const closedOn = n < inQuarter ? addDays(quarter.from, 5 + (n % 60)) : addDays(assignedOn, 20);
  return { ...template, id, assignedOn, deadline: addDays(assignedOn, 30), ...(closed ? { status: 'closed' as const, closedOn } : {}) };
};

const measure = (outside: number, { everyItemFirst }: { everyItemFirst: boolean }) =>
  onOwnEmulator(async ({ db, reset, reading, table: provision }) => {
    const table = await provision(`exports${outside}`);
    const backfill = () => indexKeyBackfill(db, table).backfill(tenant, new Date());
    const started = Date.now();
    await putAll(db, table, Array.from({ length: inQuarter }, (_, n) => rectificationRow(item(n))));
    if (!everyItemFirst) await backfill();
    await putAll(db, table, Array.from({ length: outside }, (_, n) => rectificationRow(item(inQuarter + n))));
    const loadSeconds = Math.round((Date.now() - started) / 100) / 10;
    const exports = exportService(db, table, { now: () => new Date('2026-07-01T01:00:00Z') });
    const read = async (run: () => Promise<{ tables: { title: string; rows: unknown[] }[] }>) => {
      reset();
      const { tables } = await run();
      const listed = tables.find((t) => t.title === '整改事项清单')?.rows.length ?? 0;
      if (listed !== inQuarter) throw new Error(`the export listed ${listed} items, not the quarter's ${inQuarter}`);
      return reading().readCapacityUnits;
    };
    const both = async () => ({
      exportRcu: await read(() => exports.tablesOf(tenant, 'rectifications', quarter, { all: true })),
      quarterlyRcu: await read(() => exports.quarterly(tenant, quarter)),
    });
    const everyItem = everyItemFirst ? await both() : undefined;
    if (everyItemFirst) await backfill();
    const byIndex = await both();
    return { outside, loadSeconds, everyItem, byIndex };
  });

const runs = [await measure(1_000, { everyItemFirst: true }), await measure(10_000, { everyItemFirst: true }), await measure(50_000, { everyItemFirst: false })];
console.table(runs.map((r) => ({ 'items outside': r.outside, 'export RCU, every item': r.everyItem?.exportRcu ?? '—', 'export RCU, by index': r.byIndex.exportRcu, 'quarterly RCU, every item': r.everyItem?.quarterlyRcu ?? '—', 'quarterly RCU, by index': r.byIndex.quarterlyRcu, loadSeconds: r.loadSeconds })));
const [small, medium, large] = runs;
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
const figures = {
  exportReadsAt50kOver1k: ratio(large!.byIndex.exportRcu, small!.byIndex.exportRcu),
  quarterlyReadsAt50kOver1k: ratio(large!.byIndex.quarterlyRcu, small!.byIndex.quarterlyRcu),
  everyItemExportReadsAt10kOver1k: ratio(medium!.everyItem!.exportRcu, small!.everyItem!.exportRcu),
};
const result = { runs, figures, goal: '≤ 1.1× from 1k to 50k items outside the period', met: figures.exportReadsAt50kOver1k <= 1.1 && figures.quarterlyReadsAt50kOver1k <= 1.1 };
console.log(JSON.stringify(result, null, 1));
mkdirSync('.local/bench', { recursive: true });
writeFileSync('.local/bench/exports-read-cost.json', JSON.stringify(result, null, 1));
