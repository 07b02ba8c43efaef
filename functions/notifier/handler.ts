import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { eventConsumer } from '#shared/events/consumer.ts';
import { logger } from '#shared/observability.ts';
import { digestMarkdown } from '#shared/reminders/digest.ts';
import { digestStore } from '#shared/reminders/digest-store.ts';
import { robotDestinationProblem } from '#shared/reminders/robot-destinations.ts';
import { deliver, robotRequest, webhookStore } from '#shared/reminders/webhooks.ts';

const tableName = env.recordsTable();
const digests = digestStore(dynamo(), tableName);
const webhooks = webhookStore(dynamo(), tableName);
const linkBase = env.publicApiUrl();

/**
 * Sends a stored digest to the organisation's group robot. The in-app copy exists already; a robot that
 * keeps failing fails the message, which SQS retries and finally moves to the DLQ (alarmed).
 */
export const handler = eventConsumer({
  name: 'notifier',
  events: ['ReminderDigestComposed'],
  handle: async (event) => {
    const { organisation, date } = event.payload;
    const webhook = await webhooks.of(event.tenant, organisation);
    const digest = webhook && (await digests.get(event.tenant, organisation, date));
    if (!webhook || !digest) return;
    const refused = await robotDestinationProblem(webhook.url);
    if (refused) {
      // Not retried: the address itself is refused (it may have been stored before the check, or its name moved).
      logger.error('robot address refused', { organisation, date, error: refused });
      await digests.recordDelivery(event.tenant, organisation, date, { status: 'failed', attempts: 0, at: new Date().toISOString(), error: `address refused: ${refused}` });
      return;
    }
    const delivery = await deliver(robotRequest(webhook, `整改与检查提醒 ${date}`, digestMarkdown(digest, linkBase), Date.now()), { backoffMs: env.webhookBackoffMs() });
    await digests.recordDelivery(event.tenant, organisation, date, delivery);
    if (delivery.status === 'failed') {
      logger.warn('webhook delivery failed', { organisation, date, error: delivery.error });
      throw new Error(`webhook of ${organisation} failed: ${delivery.error}`);
    }
  },
});
