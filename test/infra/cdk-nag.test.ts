import { describe, expect, it } from 'vitest';
import { synthesize } from './synth.ts';

describe('cdk-nag AwsSolutions checks', () => {
  it.each(['dev', 'prod'])('report nothing unacknowledged for the %s stage', (stage) => {
    const { app } = synthesize({ stage }, { nag: true });
    expect(() => app.synth()).not.toThrow();
  });

  it('would fail the synth on an unacknowledged finding (the check is live)', async () => {
    const { app, stack } = synthesize({}, { nag: true });
    const { Queue } = await import('aws-cdk-lib/aws-sqs');
    new Queue(stack, 'PlainQueue'); // no DLQ, no TLS policy
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS/);
  });
});
