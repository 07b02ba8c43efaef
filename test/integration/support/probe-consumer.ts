import { functionEntries, type FunctionEntry } from '#infra/wiring.ts';
import type { LambdaHandler } from '#infra/local/lambda-context.ts';
import { type EventOf, eventTypes } from '#shared/events/catalog.ts';
import { eventConsumer } from '#shared/events/consumer.ts';

export const probeMaxReceiveCount = 3;

/**
 * A consumer subscribed to every event type, built with the same wrapper as real consumers.
 * It records what it handled; events whose subject id starts with `fail` make it throw.
 */
export const probeConsumer = () => {
  const handled: EventOf<(typeof eventTypes)[number]>[] = [];
  const attempts = new Map<string, number>();
  const handler = eventConsumer({
    name: 'probe',
    events: eventTypes,
    handle: async (event) => {
      attempts.set(event.id, (attempts.get(event.id) ?? 0) + 1);
      if (event.subject.id.startsWith('fail')) throw new Error(`probe refuses ${event.id}`);
      handled.push(event);
    },
  });
  const spec: FunctionEntry = [
    'probe',
    {
      entry: 'functions/me/handler.ts', // not imported: the handler above is passed to the runtime
      description: 'test probe',
      consumes: { events: eventTypes, maxReceiveCount: probeMaxReceiveCount, batchSize: 10 },
      access: { idempotency: true },
    },
  ];
  return {
    handled,
    attempts,
    functions: [...functionEntries, spec],
    handlers: { probe: handler as unknown as LambdaHandler },
  };
};
