import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export type ConsumerQueueProps = {
  consumer: string;
  /** The consumer function's timeout: the visibility timeout is six times it, as AWS advises for event source mappings. */
  consumerTimeout: Duration;
  maxReceiveCount: number;
  alarmTopic: sns.ITopic;
};

/** A consumer's own queue with its dead-letter queue, encrypted, TLS-only, and an alarm when the DLQ holds anything. */
export class ConsumerQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: ConsumerQueueProps) {
    super(scope, id);
    if (props.maxReceiveCount < 3) throw new Error(`${props.consumer}: maxReceiveCount must be at least 3`);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
    new cloudwatch.Alarm(this, 'DeadLettersWaiting', {
      alarmDescription: `${props.consumer}: messages in the dead-letter queue`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new actions.SnsAction(props.alarmTopic));
  }
}
