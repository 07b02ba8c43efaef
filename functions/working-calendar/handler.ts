import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { calendarApi as api } from '#shared/calendar/calendar-api.ts';
import { calendarStore } from '#shared/calendar/calendar-store.ts';
import { yearArrangementInput } from '#shared/calendar/year-arrangement-input.ts';
import { env } from '#shared/config.ts';
import { actorOf } from '#shared/http/caller.ts';
import { invalidInput } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const store = calendarStore(dynamo(), env.recordsTable());

const listYears = httpRoute(api.years, async ({ caller }) => ({
  body: { years: (await store.arrangements(caller.tenant)).sort((a, b) => a.year - b.year) },
}));

const enterYear = httpRoute(api.enterYear, async ({ caller, params, body }) => {
  const parsed = yearArrangementInput(params.year).safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error, 'body');
  const arrangement = { year: params.year, ...parsed.data };
  await store.save(caller.tenant, arrangement, {
    id: ulidGenerator(),
    type: 'WorkingCalendarYearEntered',
    version: 1,
    tenant: caller.tenant,
    occurredAt: systemClock.now().toISOString(),
    actor: actorOf(caller),
    subject: { kind: 'working-calendar', id: String(params.year) },
    payload: { year: arrangement.year, daysOff: arrangement.daysOff.length, makeUpWorkdays: arrangement.makeUpWorkdays.length },
  });
  return { body: arrangement };
});

export const handler = httpRouter([listYears, enterYear]);
