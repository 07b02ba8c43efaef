import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { calendarApi as api } from '#shared/calendar/calendar-api.ts';
import { calendarService } from '#shared/calendar/calendar-service.ts';
import { env } from '#shared/config.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const calendar = calendarService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });

const listYears = httpRoute(api.years, async ({ caller }) => ({ body: { years: await calendar.listEntered(caller) } }));
const readYear = httpRoute(api.readYear, async ({ caller, params }) => ({ body: await calendar.read(caller, params.year) }));
const enterYear = httpRoute(api.enterYear, async ({ caller, params, body }) => ({ body: await calendar.enter(caller, params.year, body) }));
const revertYear = httpRoute(api.revertYear, async ({ caller, params, query }) => ({ body: await calendar.revert(caller, params.year, query.reason) }));

export const handler = httpRouter([listYears, readYear, enterYear, revertYear]);
