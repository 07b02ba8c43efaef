import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { functionEntries, type FunctionEntry } from '#infra/wiring.ts';
import { contentSecurityPolicy } from '#shared/http/web-headers.ts';
import { platformFunctions, synthesize } from './synth.ts';

const consumer: FunctionEntry = [
  'probe',
  { entry: 'functions/me/handler.ts', description: 'a consumer', timeoutSeconds: 20, consumes: { events: ['WorkingCalendarExpiring'] }, access: { idempotency: true } },
];
const dev = synthesize({ functions: [...functionEntries, consumer] }).template();
const prod = synthesize({ stage: 'prod' }).template();

/** A function's IAM policy as text, by the function's construct name (`Rectifications`). */
const policyOf = (fn: string) => JSON.stringify(Object.entries(dev.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith(`${fn}FunctionServiceRoleDefaultPolicy`))?.[1] ?? {});

describe('platform stack', () => {
  it('keeps records in an on-demand table with point-in-time recovery, TTL, a NEW_IMAGE stream and the overloaded indexes, each with its projection', () => {
    dev.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      // gsi1–8 and gsi10 (follow-up lists) hold whole records; gsi9 (a period's items by assignment date) keys only.
      GlobalSecondaryIndexes: [
        ...['gsi1', 'gsi2', 'gsi3', 'gsi4', 'gsi5', 'gsi6', 'gsi7', 'gsi8'].map((name) => Match.objectLike({ IndexName: name, Projection: { ProjectionType: 'ALL' } })),
        Match.objectLike({ IndexName: 'gsi9', Projection: { ProjectionType: 'KEYS_ONLY' } }),
        Match.objectLike({ IndexName: 'gsi10', Projection: { ProjectionType: 'ALL' } }),
      ],
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('protects production tables from deletion and keeps them when the stack goes', () => {
    const tables = prod.findResources('AWS::DynamoDB::GlobalTable');
    expect(Object.keys(tables)).toHaveLength(3); // records, idempotency, people (identity)
    for (const table of Object.values(tables)) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties.Replicas[0].DeletionProtectionEnabled).toBe(true);
    }
    for (const table of Object.values(dev.findResources('AWS::DynamoDB::GlobalTable'))) expect(table.DeletionPolicy).toBe('Delete');
  });

  it('gives each consumer its own encrypted queue with a DLQ, at least 3 receives, and 6× its timeout as visibility', () => {
    dev.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 120,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: Match.anyValue() },
    });
    const redrives = Object.values(dev.findResources('AWS::SQS::Queue')).flatMap((q) => (q.Properties.RedrivePolicy ? [q.Properties.RedrivePolicy.maxReceiveCount] : []));
    expect(redrives.length).toBeGreaterThan(0);
    for (const count of redrives) expect(count).toBeGreaterThanOrEqual(3);
    dev.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'], EventSourceArn: Match.objectLike({ 'Fn::GetAtt': Match.anyValue() }) });
  });

  it('denies every queue any request without TLS', () => {
    const queues = Object.keys(dev.findResources('AWS::SQS::Queue'));
    const policies = Object.values(dev.findResources('AWS::SQS::QueuePolicy'));
    for (const queue of queues) {
      const policy = policies.find((p) => JSON.stringify(p.Properties.Queues).includes(queue));
      expect(JSON.stringify(policy?.Properties.PolicyDocument), queue).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('alarms on dead letters and on function errors', () => {
    const alarms = Object.values(dev.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties.MetricName as string);
    expect(alarms.filter((m) => m === 'ApproximateNumberOfMessagesVisible').length).toBeGreaterThanOrEqual(2);
    expect(alarms.filter((m) => m === 'Errors')).toHaveLength(functionEntries.length + 1);
    expect(alarms).toContain('ReportDifferences'); // the nightly reconciliation found a difference
  });

  it('forwards only outbox inserts from the stream, with bounded retries and a failure destination', () => {
    dev.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { kind: { S: ['event'] } } } }) }] },
    });
  });

  it('runs Node.js 22 on arm64 with tracing and Powertools settings', () => {
    const fns = platformFunctions(dev);
    expect(fns.length).toBe(functionEntries.length + 1);
    for (const fn of fns) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } });
      expect(fn.Properties.Environment.Variables).toHaveProperty('POWERTOOLS_SERVICE_NAME');
    }
  });

  it('puts a JWT authorizer trusting our own issuer at <API>/oidc on the HTTP API, with access logs and throttling on the stage', () => {
    const authorizer = Object.values(dev.findResources('AWS::ApiGatewayV2::Authorizer'))[0]!;
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'], JwtConfiguration: { Audience: ['urn:judicial-inspection:api'] } });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toMatch(/ApiEndpoint.*\/oidc/);
    dev.resourceCountIs('AWS::Cognito::UserPool', 0);
    dev.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: Match.anyValue() },
      DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 },
    });
  });

  it('keeps the issuer\'s keys as a generated secret only the issuer reads, and people in a table only the issuer and the users function reach', () => {
    dev.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: Match.objectLike({ GenerateStringKey: 'current', PasswordLength: 64 }) });
    const issuer = platformFunctions(dev).find((f) => f.Properties.Environment.Variables.OIDC_KEY_SECRET)!;
    expect(JSON.stringify(issuer.Properties.Environment.Variables.OIDC_ISSUER)).toContain('/oidc');
    const policies = Object.entries(dev.findResources('AWS::IAM::Policy'));
    const reaching = (pattern: RegExp) => policies.filter(([, p]) => pattern.test(JSON.stringify(p))).map(([id]) => id.replace(/Function.*/, '')).sort();
    expect(reaching(/IssuerKeySeeds/)).toEqual(['Identity']);
    expect(reaching(/People[0-9A-F]{8}/)).toEqual(['Identity', 'Users']);
  });

  it('uses a Cognito user pool when told to (global regions only)', () => {
    const cognito = synthesize({ identity: 'cognito' }).template();
    cognito.resourceCountIs('AWS::Cognito::UserPoolGroup', 5);
    cognito.hasResourceProperties('AWS::Cognito::UserPool', { Schema: Match.arrayWith([Match.objectLike({ Name: 'tenant', Mutable: false })]) });
  });

  it('throttles the public inspection-code routes more tightly than the stage', () => {
    const stage = Object.values(dev.findResources('AWS::ApiGatewayV2::Stage'))[0]!;
    expect(stage.Properties.RouteSettings).toMatchObject({
      'GET /v1/inspection-codes/{code}': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      'POST /v1/inspection-codes/{code}/rating': { ThrottlingRateLimit: 2, ThrottlingBurstLimit: 5 },
    });
    expect(stage.DependsOn?.length).toBeGreaterThanOrEqual(2);
  });

  it('tells the filing function where enterprises verify codes: the web pages\' /verify by default (the API without pages), a page when given', () => {
    const filingsFn = (t: typeof dev) => platformFunctions(t).find((f) => f.Properties.Environment.Variables.VERIFY_BASE_URL);
    expect(JSON.stringify(filingsFn(dev)!.Properties.Environment.Variables.VERIFY_BASE_URL)).toMatch(/WebDistribution.*DomainName.*\/verify/);
    const apiOnly = synthesize({ webAssets: false }).template();
    expect(JSON.stringify(filingsFn(apiOnly)!.Properties.Environment.Variables.VERIFY_BASE_URL)).toContain('/v1/inspection-codes');
    const withPage = synthesize({ verifyPageUrl: 'https://sfj.example.gov.cn/verify' }).template();
    expect(filingsFn(withPage)!.Properties.Environment.Variables.VERIFY_BASE_URL).toBe('https://sfj.example.gov.cn/verify');
  });

  it('serves the web pages from a private bucket through CloudFront, with the API on the same origin', () => {
    const [distribution] = Object.values(dev.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', FunctionAssociations: [{ EventType: 'viewer-request' }, { EventType: 'viewer-response' }] });
    expect(JSON.stringify(config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig).OriginAccessControlId)).toContain('S3OriginAccessControl');
    expect(config.CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern).sort()).toEqual(['/docs', '/docs/*', '/health', '/oidc/*', '/openapi.json', '/v1/*']);
    for (const behaviour of config.CacheBehaviors) expect(behaviour).toMatchObject({ ViewerProtocolPolicy: 'https-only', AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'DELETE']) });
    dev.hasResourceProperties('AWS::S3::Bucket', { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true } });
    const [headers] = Object.values(dev.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    // The same CSP as the local server's, with the evidence bucket's regional origin (region and domain suffix resolved at deploy).
    const csp = headers!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy as { 'Fn::Join': [string, (string | { Ref: string })[]] };
    const joined = csp['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : `\${${part.Ref}}`)).join('');
    expect(joined).toBe(contentSecurityPolicy('https://*.s3.${AWS::Region}.${AWS::URLSuffix}'));
    // People come back from sign-in to the pages' origin.
    const issuerFn = platformFunctions(dev).find((f) => f.Properties.Environment.Variables.OIDC_KEY_SECRET)!;
    expect(JSON.stringify(issuerFn.Properties.Environment.Variables.OIDC_REDIRECT_URIS)).toMatch(/WebDistribution.*\/auth\/callback/);
    synthesize({ webAssets: false }).template().resourceCountIs('AWS::CloudFront::Distribution', 0);
  });

  it('uses an external issuer instead of its own user pool when told to', () => {
    const external = synthesize({ identity: 'external', jwtIssuer: 'https://id.example.gov.cn', jwtAudience: ['platform'], claimMapping: { tenant: 'region_code' } }).template();
    external.resourceCountIs('AWS::Cognito::UserPool', 0);
    external.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { JwtConfiguration: { Issuer: 'https://id.example.gov.cn', Audience: ['platform'] } });
    const me = platformFunctions(external).find((f) => f.Properties.Description?.startsWith("Answers the caller's"))!;
    expect(JSON.parse(me.Properties.Environment.Variables.CLAIM_NAMES as string)).toEqual({ tenant: 'region_code' });
  });

  it('schedules jobs with EventBridge Scheduler in Asia/Shanghai, passing the scheduled time', () => {
    dev.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 9 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      Target: Match.objectLike({ Input: Match.stringLikeRegexp('<aws.scheduler.scheduled-time>'), RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }) }),
    });
  });

  it('grants each function only what the wiring declares', () => {
    expect(policyOf('Me')).toContain('dynamodb:GetItem');
    expect(policyOf('Me')).not.toContain('dynamodb:PutItem');
    expect(policyOf('Health')).toContain('dynamodb:DescribeTable');
    expect(policyOf('Health')).not.toContain('dynamodb:PutItem');
    expect(policyOf('WorkingCalendar')).toContain('dynamodb:PutItem');
    expect(policyOf('EventForwarder')).toContain('sqs:SendMessage');
    expect(policyOf('EventForwarder')).not.toContain('dynamodb:PutItem');
    expect(policyOf('Probe')).toContain('dynamodb:PutItem'); // idempotency records
    expect(policyOf('Reports')).toContain('s3:GetObject');
    expect(policyOf('Reports')).not.toContain('s3:PutObject');
    expect(policyOf('QuarterlyReport')).toContain('s3:PutObject');
    expect(policyOf('QuarterlyReport')).not.toContain('s3:DeleteObject');
    expect(policyOf('EventReplay')).toContain('sqs:SendMessage');
    expect(policyOf('EventReplay')).not.toContain('dynamodb:PutItem');
    expect(policyOf('ReportRebuild')).toContain('dynamodb:UpdateItem');
  });

  it('keeps evidence in a private, encrypted, TLS-only, versioned bucket with access logs, a move to infrequent access, and CORS for the pages only', () => {
    const buckets = (t: typeof dev) => Object.entries(t.findResources('AWS::S3::Bucket')).filter(([id]) => /^EvidenceFiles[0-9A-F]{8}$/.test(id));
    const [[id, evidence]] = buckets(dev) as [[string, { Properties: Record<string, any>; DeletionPolicy?: string }]];
    expect(evidence.Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: { LogFilePrefix: 'evidence/' },
    });
    expect(evidence.Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 180 }] }));
    const [cors] = evidence.Properties.CorsConfiguration.CorsRules;
    expect(cors.AllowedMethods.sort()).toEqual(['GET', 'POST']);
    expect(JSON.stringify(cors.AllowedOrigins)).toContain('WebDistribution'); // the pages' origin, nothing else
    const policy = Object.values(dev.findResources('AWS::S3::BucketPolicy')).find((p) => JSON.stringify(p).includes(id))!;
    expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
    // Kept in production, whatever happens to the stack.
    expect(buckets(prod)[0]![1].DeletionPolicy).toBe('Retain');
    // Origins given for sign-in are the pages' origins too.
    const custom = buckets(synthesize({ signInRedirectUris: ['https://sfj.example.gov.cn/auth/callback'] }).template())[0]![1] as { Properties: Record<string, any> };
    expect(custom.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins).toEqual(['https://sfj.example.gov.cn']);
  });

  it('lets only the evidence function and the enterprise\'s code routes sign upload forms; the record functions read evidence to check it and sign downloads', () => {
    const evidenceArn = /EvidenceFiles[0-9A-F]{8}","Arn/;
    for (const fn of ['Evidence', 'InspectionCodes']) expect(policyOf(fn)).toMatch(/s3:PutObject/);
    for (const fn of ['Rectifications', 'ChecklistSubmissions', 'InspectionFilings']) {
      expect(policyOf(fn)).toMatch(evidenceArn);
      expect(policyOf(fn)).toContain('s3:GetObject');
      expect(policyOf(fn)).not.toContain('s3:PutObject');
    }
    for (const fn of ['Evidence', 'InspectionCodes', 'Rectifications']) expect(policyOf(fn)).not.toContain('s3:DeleteObject');
    expect(policyOf('Me')).not.toMatch(evidenceArn);
    const variables = (prefix: string) => platformFunctions(dev).find((f) => JSON.stringify(f.Properties.Role).includes(`${prefix}FunctionServiceRole`))!.Properties.Environment.Variables;
    expect(variables('Evidence').EVIDENCE_BUCKET).toEqual({ Ref: expect.stringMatching(/^EvidenceFiles[0-9A-F]{8}$/) });
    expect(variables('Me').EVIDENCE_BUCKET).toBeUndefined();
  });

  it('lets the nightly reconciliation write (and rebuild) only on a stage that turns automatic repair on', () => {
    const reconciliation = (t: typeof dev) => {
      const [id, fn] = Object.entries(t.findResources('AWS::Lambda::Function')).find(([name]) => name.startsWith('ReportReconciliationFunction'))!;
      const policy = Object.entries(t.findResources('AWS::IAM::Policy')).find(([name]) => name.startsWith(`${id.replace(/Function.*/, '')}FunctionServiceRoleDefaultPolicy`))![1];
      return { variables: fn.Properties.Environment.Variables as Record<string, unknown>, policy: JSON.stringify(policy) };
    };
    expect(reconciliation(dev).variables.REPORTS_AUTO_REPAIR).toBeUndefined();
    expect(reconciliation(dev).policy).not.toContain('dynamodb:PutItem');
    const repairing = reconciliation(synthesize({ reportsAutoRepair: true }).template());
    expect(repairing.variables.REPORTS_AUTO_REPAIR).toBe('true');
    expect(repairing.policy).toContain('dynamodb:UpdateItem');
  });
});
