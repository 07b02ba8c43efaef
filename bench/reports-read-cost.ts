/**
 * `npm run bench` (second part): what reading the three reports costs at 1 000, 10 000 and 50 000 subjects
 * (rectification items, filings, assessments), aggregated by the consumer's rules. Reports read
 * counter rows only, so the cost should follow the number of organisations, agencies and months,
 * not the number of records. Figures are DynamoDB read capacity units as DynamoDB Local reports them.
 */
import type { EventOf } from '#shared/events/catalog.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { counterItem, factItem } from '#shared/reporting/aggregate-store.ts';
import { aggregator, changesOf, type ReportedEvent } from '#shared/reporting/aggregator.ts';
import { type Contributions, counterRows, histogramTallies, type Membership, shardOf } from '#shared/reporting/contributions.ts';
import { quarterPeriod, yearPeriod } from '#shared/reporting/period.ts';
import { reportService } from '#shared/reporting/report-service.ts';
import { onOwnEmulator, putAll } from './bulk.ts';
import type { meteredClient } from './read-meter.ts';

const tenant = '360923';
const organisations = ['office-aoyang', 'office-jinjiang', 'office-sixi', 'office-hantang', 'bureau'];
const agencies = ['agency-market', 'agency-emergency', 'agency-health'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (n: number) => `2026-${pad((n % 12) + 1)}-${pad((n % 27) + 1)}`;
const base = { version: 1 as const, tenant, occurredAt: '2026-06-01T00:00:00Z', actor: { kind: 'system' as const, job: 'bench' } };

/** The events of subject n: an item (assigned, a third closed), a filing with its result, or an accepted assessment. */
const eventsOf = (n: number): ReportedEvent[] => {
  const id = `S${pad(n, 8)}`;
  const assignedOn = dateOf(n);
  switch (n % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5: {
      const common = { rectificationId: id, responsibleOrganisation: organisations[n % organisations.length]!, sourceKind: 'manual' as const, severity: 'major' as const, assignedOn, deadline: '2026-12-31', escalated: false, everEscalated: n % 7 === 0 };
      const assigned: EventOf<'RectificationAssigned'> = { ...base, id: `${id}-1`, type: 'RectificationAssigned', subject: { kind: 'rectification', id }, payload: { ...common, status: 'assigned', itemVersion: 1, sourceId: id } };
      if (n % 3) return [assigned];
      const closed: EventOf<'RectificationClosed'> = {
        ...base,
        id: `${id}-2`,
        type: 'RectificationClosed',
        subject: { kind: 'rectification', id },
        payload: { ...common, status: 'closed', itemVersion: 2, closedOn: assignedOn, onTime: true, workingDaysToClose: n % 40, wasEscalated: false, reopenedCount: 0 },
      };
      return [assigned, closed];
    }
    case 6:
    case 7:
    case 8: {
      const agency = agencies[n % agencies.length]!;
      const enterprise = `9136092300000${pad(n % 5000, 5)}`;
      const filed: EventOf<'InspectionFiled'> = {
        ...base,
        id: `${id}-f`,
        type: 'InspectionFiled',
        subject: { kind: 'inspection-filing', id },
        payload: { agency, enterprise, plannedOn: assignedOn, filingId: id, inspectionType: 'routine', itemCodes: ['SP-01'], codeless: false, late: false, jointProposed: false },
      };
      return [filed];
    }
    default: {
      const accepted: EventOf<'ChecklistAccepted'> = {
        ...base,
        id: `${id}-a`,
        type: 'ChecklistAccepted',
        subject: { kind: 'checklist-submission', id },
        payload: {
          submissionId: id, templateId: 'case-file-review', templateVersion: 1, templateKind: 'case-file-review', subject: { organisation: organisations[n % 5]!, caseFileReference: id },
          year: 2026, score: 60 + (n % 40), grade: '合格', meetsStandard: n % 4 !== 0, model: false, vetoed: false, revision: 1, submissionVersion: 2, acceptedOn: assignedOn,
          failedItems: [{ itemId: `item-${n % 12}`, text: `检查项 ${n % 12}`, critical: false, deadlineWorkingDays: 10 }],
        },
      };
      return [accepted];
    }
  }
};

/**
 * Loads what the reporting consumer would have built from the events, in bulk: the same merges and
 * contribution rules, summed per counter row and shard, written with BatchWrite. Feeding 50 000 subjects
 * through the consumer's transactions takes DynamoDB Local far too long; at 1 000 the bench checks that
 * both loads give identical reports.
 */
const bulkLoad = async (db: DynamoDBDocumentClient, table: string, events: ReportedEvent[]) => {
  const facts = new Map<string, { fact: unknown; contributions: (fact: unknown) => Contributions }>();
  for (const event of events) {
    for (const change of changesOf(event)) {
      const next = change.merge(facts.get(change.key)?.fact);
      if (next !== undefined) facts.set(change.key, { fact: next, contributions: change.contributions });
    }
  }
  const rows = counterRows();
  const memberships: Membership[] = [];
  for (const [key, { fact, contributions }] of facts) {
    const c = contributions(fact);
    c.tallies.forEach((t) => rows.add(shardOf(key), t));
    memberships.push(...c.memberships);
  }
  for (const t of histogramTallies(memberships)) rows.add(shardOf(t.member), t);
  const items = [...[...facts].map(([key, { fact }]) => factItem(tenant, key, fact)), ...rows.rows().map(({ shard, tally }) => counterItem(tenant, shard, tally))];
  await putAll(db, table, items);
  return { counterRows: rows.rows().length, facts: facts.size };
};

const readAll = async ({ db, reset, reading }: ReturnType<typeof meteredClient>, table: string, subjects: number, loaded: Record<string, unknown>) => {
  const reports = reportService(db, table);
  const all = { all: true } as const;
  const read = async (name: string, run: () => Promise<unknown>) => {
    reset();
    const report = await run();
    return { row: { subjects, report: name, ...reading(), ...loaded }, report };
  };
  return [
    await read('rectifications 2026', () => reports.rectifications(tenant, yearPeriod(2026), all)),
    await read('rectifications 2026-Q3', () => reports.rectifications(tenant, quarterPeriod(2026, 3), all)),
    await read('inspections 2026', () => reports.inspections(tenant, yearPeriod(2026), all)),
    await read('checklists 2026', () => reports.checklists(tenant, 2026)),
  ];
};

const measure = (subjects: number) =>
  onOwnEmulator(async ({ table, ...metered }) => {
    const events = Array.from({ length: subjects }, (_, n) => eventsOf(n)).flat();
    const bulk = await table(`reports${subjects}`);
    const started = Date.now();
    const loaded = await bulkLoad(metered.db, bulk, events);
    const measured = await readAll(metered, bulk, subjects, { ...loaded, loadSeconds: Number(((Date.now() - started) / 1000).toFixed(1)) });
    if (subjects <= 1_000) {
      // The same events through the consumer's path must give the same reports.
      const fed = await table(`reportsfed${subjects}`);
      const aggregates = aggregator(metered.db, fed);
      for (const event of events) await aggregates.apply(event);
      const viaEvents = await readAll(metered, fed, subjects, {});
      for (const [i, { report }] of viaEvents.entries()) {
        if (!isDeepStrictEqual(report, measured[i]!.report)) throw new Error(`bulk load and event feed differ for ${measured[i]!.row.report}`);
      }
      console.log(`${subjects} subjects: bulk-loaded and event-fed aggregates give identical reports`);
    }
    return measured.map((m) => m.row);
  });

const [small, medium, large] = [await measure(1_000), await measure(10_000), await measure(50_000)];
console.table([...small, ...medium, ...large]);
// The counter space (organisations × months × shards, days-to-close buckets) fills up with the first
// thousands of subjects and then stays put: compare 50k with 10k as well as with 1k.
const ratios: Record<string, number> = {};
for (const [i, row] of small.entries()) {
  const ratio = (a: number, b: number) => (a / Math.max(b, 0.5)).toFixed(2);
  ratios[row.report] = Number(ratio(large[i]!.readCapacityUnits, medium[i]!.readCapacityUnits));
  console.log(`${row.report}: read capacity at 50k / 10k / 1k = ${large[i]!.readCapacityUnits} / ${medium[i]!.readCapacityUnits} / ${row.readCapacityUnits} (50k÷10k ${ratio(large[i]!.readCapacityUnits, medium[i]!.readCapacityUnits)}×)`);
}
mkdirSync('.local/bench', { recursive: true });
writeFileSync('.local/bench/reports-read-cost.json', JSON.stringify({ rows: [...small, ...medium, ...large], readsAt50kOver10k: ratios }, null, 1));
