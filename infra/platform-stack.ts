import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, TimeZone, Validations, type CfnElement } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { outboxMarker } from '#shared/events/outbox.ts';
import { Role } from '#shared/tenancy/tenant.ts';
import { apiAudience } from '#shared/identity/tokens.ts';
import { idempotencyTable, identityTable, recordsTable, type TableSchema } from '#shared/store/table-schema.ts';
import { WebPages, type WebDomain } from './constructs/web-pages.ts';
import { type Architecture, type Capabilities, capabilitiesOf } from './partition.ts';
import { EvidenceBucket } from './constructs/evidence-bucket.ts';
import { grantFiles } from './constructs/grant-files.ts';
import { webDist } from './local/web-build.ts';
import { ConsumerQueue } from './constructs/consumer-queue.ts';
import { PlatformFunction } from './constructs/platform-function.ts';
import {
  defaultBatchSize,
  defaultMaxReceiveCount,
  defaultTimeoutSeconds,
  type FunctionEntry,
  functionEntries,
  scheduleZone,
  subscriptions as subscriptionsOf,
  utcCron,
} from './wiring.ts';

/**
 * Who signs people in: `own` (default; our issuer at <API>/oidc, in every partition), `cognito` (a user pool;
 * global regions only), `external` (a province's unified identity platform: `jwtIssuer`, `jwtAudience`, and a
 * claim mapping when its claim names differ from ours).
 */
export type Identity = 'own' | 'cognito' | 'external';

export type PlatformStackProps = StackProps & {
  stage: string;
  identity?: Identity;
  /** With `identity: 'external'`. */
  jwtIssuer?: string;
  jwtAudience?: string[];
  /** Our claim → the external issuer's claim name, e.g. `{ tenant: 'dept_region', roles: 'groups' }`. */
  claimMapping?: Partial<Record<'tenant' | 'organisation' | 'roles', string>>;
  /** Origins group robots may be reached at besides WeCom's and DingTalk's (e.g. a province's message gateway), https only. */
  webhookOrigins?: string[];
  /** Where our issuer may send people back after sign-in (the web pages); `<API>/auth/callback` when absent. */
  signInRedirectUris?: string[];
  /** The nightly reconciliation rebuilds a year whose aggregates differ (REPORTS_AUTO_REPAIR), not only reports it. */
  reportsAutoRepair?: boolean;
  alarmEmail?: string;
  /** The web page where enterprises verify an inspection code; the API's own endpoint when absent. */
  verifyPageUrl?: string;
  /** The built web pages (web/dist) to serve through CloudFront with the API; `false` deploys the API alone. */
  webAssets?: string | false;
  /** Lambda architecture; the target's default (infra/partition.ts) when absent. */
  architecture?: Architecture;
  /** The pages' own domain and its IAM server certificate id; required for the pages in the China regions. */
  webDomain?: WebDomain;
  /** Functions to build; the whole wiring unless a test narrows it. */
  functions?: readonly FunctionEntry[];
};

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

export class PlatformStack extends Stack {
  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const production = props.stage === 'prod';
    const specs = props.functions ?? functionEntries;
    // What the target region offers is decided in one table (infra/partition.ts), never by region name here.
    const capabilities = capabilitiesOf(props.env?.region);
    const architecture = (props.architecture ?? capabilities.defaultArchitecture) === 'arm64' ? lambda.Architecture.ARM_64 : lambda.Architecture.X86_64;
    const functionDefaults = { production, architecture, tracing: capabilities.lambdaTracing };

    const records = this.table('Records', recordsTable, production, dynamodb.StreamViewType.NEW_IMAGE);
    const idempotency = this.table('Idempotency', idempotencyTable, production);

    // Generated reports (quarterly xlsx): private, encrypted, TLS only; kept when a stack is destroyed,
    // since they are what the bureau reported to the county government.
    const reportFiles = specs.some(([, spec]) => spec.access.reportFiles)
      ? new s3.Bucket(this, 'ReportFiles', {
          blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
          encryption: s3.BucketEncryption.S3_MANAGED,
          enforceSSL: true,
          versioned: production,
          removalPolicy: RemovalPolicy.RETAIN,
        })
      : undefined;
    if (reportFiles) {
      Validations.of(reportFiles).acknowledge({ id: 'AwsSolutions-S1', reason: 'objects are written only by our functions; CloudTrail covers access, and server access logs would need a second bucket for a few files a quarter' });
    }

    const alarmTopic = new sns.Topic(this, 'Alarms', { displayName: 'Judicial inspection platform alarms', enforceSSL: true });
    if (props.alarmEmail) alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: production ? logs.RetentionDays.ONE_YEAR : logs.RetentionDays.ONE_MONTH,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const api = new apigw.HttpApi(this, 'Api', { description: 'Judicial inspection platform HTTP API', createDefaultStage: false });
    const identity = props.identity ?? (props.jwtIssuer ? 'external' : 'own');
    if (identity === 'cognito' && !capabilities.cognitoUserPools) throw new Error(`identity=cognito: Cognito user pools are not available in ${props.env?.region}; use identity=own (our issuer) or external`);
    // With the pages on the bureau's own domain, sign-in is there too (the distribution passes /oidc/* to the API):
    // one origin for people, and in China the ICP-filed one.
    const issuer = props.webDomain && props.webAssets !== false ? `https://${props.webDomain.name}/oidc` : `${api.apiEndpoint}/oidc`;
    const authorizer = this.authorizer(props, identity, issuer, production);
    const web = this.webPages(props, { api, issuer, alarmTopic, capabilities, functionDefaults });
    // The pages' origin is where people come back to after signing in, and what the QR codes open.
    const pagesUrl = web?.url ?? api.apiEndpoint;
    const evidence = specs.some(([, spec]) => spec.access.evidenceFiles)
      ? new EvidenceBucket(this, 'EvidenceFiles', { production, webOrigins: props.signInRedirectUris ? [...new Set(props.signInRedirectUris.map((uri) => new URL(uri).origin))] : [pagesUrl] }).bucket
      : undefined;

    // People and the issuer's sessions, apart from the records; the issuer's key seeds, generated at deploy.
    const people = specs.some(([, spec]) => spec.access.identity) ? this.table('People', identityTable, production) : undefined;
    const issuerKeys = specs.some(([, spec]) => spec.access.signsTokens)
      ? new secretsmanager.Secret(this, 'IssuerKeySeeds', {
          description: 'Seeds of the sign-in issuer\'s signing and cookie keys. Rotate: put a new seed as "current" and the old one as "previous"; drop "previous" a day later.',
          generateSecretString: { secretStringTemplate: '{}', generateStringKey: 'current', passwordLength: 64, excludePunctuation: true },
          removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        })
      : undefined;
    if (issuerKeys) {
      Validations.of(issuerKeys).acknowledge({ id: 'AwsSolutions-SMG4', reason: 'rotation keeps the previous seed verifying for a working day, an operator step documented in the README; automatic rotation would cut sessions' });
    }
    const stage = api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new apigw.LogGroupLogDestination(accessLogs) },
    });

    const routeThrottles = Object.fromEntries(
      specs.flatMap(([, spec]) => (spec.routes ?? []).flatMap((r) => (r.throttle ? [[`${r.method} ${r.path}`, { ThrottlingRateLimit: r.throttle.rateLimit, ThrottlingBurstLimit: r.throttle.burstLimit }]] : []))),
    );
    if (Object.keys(routeThrottles).length) (stage.node.defaultChild as apigw.CfnStage).addPropertyOverride('RouteSettings', routeThrottles);

    // Queues first: the forwarder's routes and health's probes name them.
    const queues = new Map<string, ConsumerQueue>();
    for (const [name, spec] of specs) {
      if (!spec.consumes) continue;
      queues.set(
        name,
        new ConsumerQueue(this, `${pascal(name)}Queue`, {
          consumer: name,
          consumerTimeout: Duration.seconds(spec.timeoutSeconds ?? defaultTimeoutSeconds),
          maxReceiveCount: spec.consumes.maxReceiveCount ?? defaultMaxReceiveCount,
          alarmTopic,
        }),
      );
    }
    const queueUrl = (consumer: string) => queues.get(consumer)!.queue.queueUrl;
    // consumer → its queue: for health, the event replay and operator tools (npm run dlq:redrive).
    const queueUrls = this.toJsonString(Object.fromEntries([...queues.keys()].map((c) => [c, queueUrl(c)])));
    const eventRoutes = Object.fromEntries([...subscriptionsOf(specs)].map(([type, consumers]) => [type, consumers.map(queueUrl)]));

    for (const [name, spec] of specs) {
      const { fn } = new PlatformFunction(this, pascal(name), {
        name,
        spec,
        ...functionDefaults,
        alarmTopic,
        environment: {
          RECORDS_TABLE: records.tableName,
          IDEMPOTENCY_TABLE: idempotency.tableName,
          ...(spec.access.publishesToSubscribers ? { EVENT_ROUTES: this.toJsonString(eventRoutes) } : {}),
          ...(spec.access.linksToPublicPages
            ? { PUBLIC_API_URL: api.apiEndpoint, VERIFY_BASE_URL: props.verifyPageUrl ?? (web ? `${web.url}/verify` : `${api.apiEndpoint}/v1/inspection-codes`) }
            : {}),
          ...(spec.access.reportFiles && reportFiles ? { REPORTS_BUCKET: reportFiles.bucketName } : {}),
          ...(spec.access.evidenceFiles && evidence ? { EVIDENCE_BUCKET: evidence.bucketName } : {}),
          ...(spec.access.identity && people ? { IDENTITY_TABLE: people.tableName } : {}),
          ...(spec.access.signsTokens && issuerKeys
            ? { OIDC_ISSUER: issuer, OIDC_KEY_SECRET: issuerKeys.secretArn, OIDC_REDIRECT_URIS: (props.signInRedirectUris ?? [`${pagesUrl}/auth/callback`]).join(',') }
            : {}),
          ...(props.claimMapping ? { CLAIM_NAMES: JSON.stringify(props.claimMapping) } : {}),
          ...(props.webhookOrigins?.length ? { WEBHOOK_ORIGINS: props.webhookOrigins.join(',') } : {}),
          ...(spec.access.repairsReports && props.reportsAutoRepair ? { REPORTS_AUTO_REPAIR: 'true' } : {}),
          ...(spec.access.inspectsQueues || spec.access.publishesToSubscribers
            ? { QUEUE_URLS: queueUrls }
            : {}),
        },
      });

      const repairs = spec.access.repairsReports && props.reportsAutoRepair;
      if (spec.access.records === 'read' && !repairs) records.grantReadData(fn);
      if (spec.access.records === 'readWrite' || repairs) records.grantReadWriteData(fn);
      if (spec.access.records) {
        records.grant(fn, 'dynamodb:DescribeTable');
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(records.node.defaultChild as CfnElement)}.Arn>/index/*]`,
          reason: 'the records table has only our overloaded GSIs, each serving documented access patterns of the same records',
        });
      }
      if (spec.access.idempotency) idempotency.grantReadWriteData(fn);
      if (spec.access.identity && people) {
        people.grantReadWriteData(fn);
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(people.node.defaultChild as CfnElement)}.Arn>/index/*]`,
          reason: 'the identity table\'s two GSIs serve the issuer\'s lookups by session uid and grant id',
        });
      }
      if (spec.access.signsTokens && issuerKeys) issuerKeys.grantRead(fn);
      // Functions read and write files; none deletes one (reports are kept, evidence is what close-outs were decided on).
      if (spec.access.reportFiles && reportFiles) grantFiles(fn, reportFiles, spec.access.reportFiles, 'the bucket holds only generated reports');
      // Reading checks referenced uploads (HEAD, SHA-256) and signs downloads; writing signs upload forms.
      if (spec.access.evidenceFiles && evidence) grantFiles(fn, evidence, spec.access.evidenceFiles, 'evidence keys hold tenant and record ids chosen at upload time');
      if (spec.access.inspectsQueues) for (const q of queues.values()) q.queue.grant(fn, 'sqs:GetQueueAttributes');
      if (spec.access.publishesToSubscribers) {
        for (const consumers of subscriptionsOf(specs).values()) for (const c of consumers) queues.get(c)!.queue.grantSendMessages(fn);
      }

      // One integration and one invoke permission per function, whatever its number of routes: a stack
      // holds at most 500 resources, and three per route would spend most of them.
      const integration = spec.routes?.length ? new HttpLambdaIntegration(`${pascal(name)}Integration`, fn, { scopePermissionToRoute: false }) : undefined;
      for (const route of spec.routes ?? []) {
        const [httpRoute] = api.addRoutes({
          path: route.path,
          methods: [route.method as apigw.HttpMethod],
          integration: integration!,
          authorizer: route.auth === 'jwt' ? authorizer : new apigw.HttpNoneAuthorizer(),
        });
        // Route settings name routes by key, so the stage must come after them.
        if (route.throttle) (stage.node.defaultChild as apigw.CfnStage).addDependency(httpRoute!.node.defaultChild as apigw.CfnRoute);
        if (route.auth === 'public') {
          Validations.of(httpRoute!).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason: `${route.path} is public by design (declared auth: 'public' in the wiring): it serves enterprises without accounts and reveals nothing beyond what it is asked for`,
          });
        }
      }

      if (spec.consumes) {
        fn.addEventSource(
          new SqsEventSource(queues.get(name)!.queue, {
            batchSize: spec.consumes.batchSize ?? defaultBatchSize,
            maxBatchingWindow: Duration.seconds(1),
            reportBatchItemFailures: true,
          }),
        );
      }

      if (spec.outboxStream) {
        const forwardingFailures = new sqs.Queue(this, `${pascal(name)}StreamFailures`, {
          encryption: sqs.QueueEncryption.SQS_MANAGED,
          enforceSSL: true,
          retentionPeriod: Duration.days(14),
        });
        Validations.of(forwardingFailures).acknowledge({
          id: 'AwsSolutions-SQS3',
          reason: 'this queue is itself the dead-letter destination of the stream event source mapping',
        });
        new cloudwatch.Alarm(this, `${pascal(name)}StreamFailuresWaiting`, {
          alarmDescription: `${name}: outbox records that could not be forwarded`,
          metric: forwardingFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
          threshold: 1,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }).addAlarmAction(new cwActions.SnsAction(alarmTopic));
        fn.addEventSource(
          new DynamoEventSource(records, {
            startingPosition: lambda.StartingPosition.TRIM_HORIZON,
            batchSize: 100,
            bisectBatchOnError: true,
            retryAttempts: 10,
            reportBatchItemFailures: true,
            onFailure: new SqsDlq(forwardingFailures),
            filters: [
              lambda.FilterCriteria.filter({
                eventName: lambda.FilterRule.isEqual('INSERT') as unknown,
                dynamodb: { NewImage: { [outboxMarker.attribute]: { S: lambda.FilterRule.isEqual(outboxMarker.value) as unknown } } },
              }),
            ],
          }),
        );
      }

      if (capabilities.eventBridgeScheduler) this.schedule(name, fn, spec);
      else this.scheduledRules(fn, spec);
    }

    new CfnOutput(this, 'ApiUrl', { value: stage.url });
    new CfnOutput(this, 'RecordsTableName', { value: records.tableName });
    if (people) new CfnOutput(this, 'PeopleTableName', { value: people.tableName });
    new CfnOutput(this, 'ConsumerQueueUrls', { value: queueUrls, description: 'QUEUE_URLS for npm run dlq:redrive' });
    new CfnOutput(this, 'SignInIssuer', { value: issuer });
    if (web) new CfnOutput(this, 'WebUrl', { value: web.url, description: 'the web pages (and the API under the same origin)' });
  }

  /** The function's schedules on EventBridge Scheduler, in Asia/Shanghai. */
  private schedule(name: string, fn: lambda.Function, spec: FunctionEntry[1]) {
    const schedulerRole = spec.schedules?.length
      ? new iam.Role(this, `${pascal(name)}SchedulerRole`, { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') })
      : undefined;
    if (schedulerRole) {
      Validations.of(schedulerRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: 'the scheduler may invoke any version of this one function; versions are not pinned',
      });
    }
    for (const schedule of spec.schedules ?? []) {
      const target = new targets.LambdaInvoke(fn, {
        role: schedulerRole,
        input: scheduler.ScheduleTargetInput.fromObject({
          schedule: schedule.name,
          scheduledTime: scheduler.ContextAttribute.scheduledTime,
        }),
        retryAttempts: 3,
      });
      new scheduler.Schedule(this, `${pascal(schedule.name)}Schedule`, {
        description: schedule.description,
        schedule: scheduler.ScheduleExpression.cron({ ...schedule.cron, timeZone: scheduleTimeZone }),
        target,
      });
    }
  }

  /** The function's schedules as EventBridge rules, in UTC (where Scheduler is not offered): the same input. */
  private scheduledRules(fn: lambda.Function, spec: FunctionEntry[1]) {
    for (const schedule of spec.schedules ?? []) {
      new events.Rule(this, `${pascal(schedule.name)}Rule`, {
        description: schedule.description,
        schedule: events.Schedule.expression(utcCron(schedule)),
        targets: [new eventTargets.LambdaFunction(fn, { event: events.RuleTargetInput.fromObject({ schedule: schedule.name, scheduledTime: events.EventField.time }), retryAttempts: 3 })],
      });
    }
  }

  /**
   * The pages through CloudFront with the API on the same origin. Where the default CloudFront domain serves
   * nothing (China), only with the bureau's own domain: without one the API is deployed alone, with a warning.
   */
  private webPages(props: PlatformStackProps, context: { api: apigw.HttpApi; issuer: string; alarmTopic: sns.ITopic; capabilities: Capabilities; functionDefaults: FunctionDefaults }) {
    const { capabilities } = context;
    if (props.webAssets === false) return undefined;
    if (capabilities.pagesNeedOwnDomain && !props.webDomain) {
      Annotations.of(this).addWarningV2(
        'jip:web-pages-need-domain',
        `the web pages are not deployed: in ${props.env?.region} CloudFront serves only an ICP-filed domain of your own; give -c webDomain=<domain> -c webCertificateId=<IAM server certificate id>`,
      );
      return undefined;
    }
    const pageEntry = capabilities.cloudFrontFunctions
      ? undefined
      : new PlatformFunction(this, 'PageEntry', {
          name: 'page-entry',
          spec: { entry: 'functions/page-entry/handler.ts', description: 'The web pages\' HTML for a page path (where CloudFront Functions are not offered)', memoryMb: 256, access: {} },
          ...context.functionDefaults,
          alarmTopic: context.alarmTopic,
          environment: {},
        }).fn;
    return new WebPages(this, 'Web', {
      api: context.api,
      assets: props.webAssets ?? webDist,
      oidcAuthority: props.jwtIssuer ?? context.issuer,
      evidenceOrigin: EvidenceBucket.regionalOrigin,
      capabilities,
      domain: props.webDomain,
      pageEntry,
    });
  }

  private table(id: string, schema: TableSchema, production: boolean, stream?: dynamodb.StreamViewType) {
    const attr = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    return new dynamodb.TableV2(this, id, {
      partitionKey: attr(schema.partitionKey),
      sortKey: schema.sortKey ? attr(schema.sortKey) : undefined,
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: production,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      timeToLiveAttribute: schema.timeToLiveAttribute,
      dynamoStream: stream,
      globalSecondaryIndexes: schema.indexes?.map((index) => ({
        indexName: index.name,
        partitionKey: attr(index.partitionKey),
        sortKey: attr(index.sortKey),
        projectionType: index.projection === 'keys-only' ? dynamodb.ProjectionType.KEYS_ONLY : dynamodb.ProjectionType.ALL,
      })),
    });
  }

  private authorizer(props: PlatformStackProps, identity: Identity, issuer: string, production: boolean) {
    if (identity === 'own') return new HttpJwtAuthorizer('IssuerAuthorizer', issuer, { jwtAudience: [apiAudience] });
    if (identity === 'external') {
      if (!props.jwtIssuer || !props.jwtAudience?.length) throw new Error('identity=external needs context jwtIssuer and jwtAudience');
      return new HttpJwtAuthorizer('JwtAuthorizer', props.jwtIssuer, { jwtAudience: props.jwtAudience });
    }
    const pool = new cognito.UserPool(this, 'CognitoUsers', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      customAttributes: {
        tenant: new cognito.StringAttribute({ minLen: 6, maxLen: 6, mutable: false }),
        org: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      deletionProtection: production,
    });
    for (const role of Role.options) new cognito.CfnUserPoolGroup(this, `Group${pascal(role)}`, { userPoolId: pool.userPoolId, groupName: role });
    const client = pool.addClient('WebClient', {
      authFlows: { userSrp: true },
      idTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
    });
    new CfnOutput(this, 'UserPoolId', { value: pool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    return new HttpJwtAuthorizer('CognitoAuthorizer', `https://cognito-idp.${this.region}.${this.urlSuffix}/${pool.userPoolId}`, {
      jwtAudience: [client.userPoolClientId],
    });
  }
}

const scheduleTimeZone = TimeZone.of(scheduleZone);
type FunctionDefaults = { production: boolean; architecture: lambda.Architecture; tracing: boolean };
