import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextRun } from '#infra/local/scheduler.ts';
import { awsCron, functionEntries, subscriptions } from '#infra/wiring.ts';
import { eventTypes } from '#shared/events/catalog.ts';

describe('wiring', () => {
  it('names only bundled files that exist, so the deployed function finds what it serves', () => {
    const files = functionEntries.flatMap(([, spec]) => spec.bundledFiles ?? []);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(path.resolve('node_modules', file)), file).toBe(true);
  });

  it('renders schedules as EventBridge cron expressions', () => {
    expect(awsCron({ name: 'n', description: '', cron: { minute: '0', hour: '9' } })).toBe('cron(0 9 * * ? *)');
    expect(awsCron({ name: 'n', description: '', cron: { minute: '30', hour: '8', weekDay: 'MON-FRI' } })).toBe('cron(30 8 ? * MON-FRI *)');
  });

  it('runs a 09:00 schedule at 09:00 in Asia/Shanghai, which is 01:00 UTC', () => {
    const schedule = { name: 'n', description: '', cron: { minute: '0', hour: '9' } };
    expect(nextRun(schedule, new Date('2026-11-27T00:30:00Z')).toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(nextRun(schedule, new Date('2026-11-27T01:00:00Z')).toISOString()).toBe('2026-11-28T01:00:00.000Z');
  });

  it('groups consumers by the event types they subscribe to', () => {
    const specs = [
      ['a', { entry: 'functions/a/handler.ts', description: '', consumes: { events: ['WorkingCalendarExpiring'] }, access: {} }],
      ['b', { entry: 'functions/b/handler.ts', description: '', consumes: { events: ['WorkingCalendarExpiring', 'WorkingCalendarYearEntered'] }, access: {} }],
    ] as const;
    expect(Object.fromEntries(subscriptions(specs))).toEqual({ WorkingCalendarExpiring: ['a', 'b'], WorkingCalendarYearEntered: ['b'] });
  });

  it('subscribes only to event types of the catalog, and every entry file exists', async () => {
    const { existsSync } = await import('node:fs');
    for (const [name, spec] of functionEntries) {
      for (const type of spec.consumes?.events ?? []) expect(eventTypes, name).toContain(type);
      expect(existsSync(spec.entry), spec.entry).toBe(true);
    }
  });
});
