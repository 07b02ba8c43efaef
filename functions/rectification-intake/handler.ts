import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { eventConsumer } from '#shared/events/consumer.ts';
import { intakeFrom } from '#shared/rectification/intake.ts';
import { rectificationService } from '#shared/rectification/service.ts';

const service = rectificationService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });

/** Failed checklist items and orders to correct become rectification items, one per line, exactly once. */
export const handler = eventConsumer({
  name: 'rectification-intake',
  events: ['ChecklistAccepted', 'InspectionResultFiled'],
  handle: async (event) => {
    for (const line of intakeFrom(event)) {
      await service.createFromSource(event.tenant, line.key, line.source, line.input, event.actor, new Date(event.occurredAt));
    }
  },
});
