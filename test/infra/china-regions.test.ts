import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { functionEntries, utcCron } from '#infra/wiring.ts';
import { platformFunctions, synthesize } from './synth.ts';

/**
 * Resource types the stack may create in the China regions, each one checked for both of them against
 * CloudFormation's resource specification for cn-north-1 and cn-northwest-1 (as mirrored in cfn-lint,
 * src/cfnlint/data/schemas/providers/cn_north_1/__init__.py and cn_northwest_1/__init__.py) and the service's
 * page of "Getting Started with Amazon Web Services in China" (docs.amazonaws.cn/en_us/aws/latest/userguide/).
 * A type not listed here fails the test until someone checks it the same way and adds it with its source.
 * Deliberately absent: AWS::Cognito::UserPool* (cognito.html), AWS::CloudFront::Function (cloudfront.html),
 * AWS::CloudFront::OriginAccessControl and AWS::Scheduler::Schedule (neither region's specification has them),
 * and the CloudFront policies, whose types exist but which no China distribution may use (infra/partition.ts).
 */
const chinaResourceTypes = new Set([
  'AWS::CDK::Metadata',
  'AWS::ApiGatewayV2::Api', // apigateway.html: HTTP APIs, with the ICP condition for unauthenticated routes
  'AWS::ApiGatewayV2::Authorizer',
  'AWS::ApiGatewayV2::Integration',
  'AWS::ApiGatewayV2::Route',
  'AWS::ApiGatewayV2::Stage',
  'AWS::CloudFront::CloudFrontOriginAccessIdentity', // cloudfront.html
  'AWS::CloudFront::Distribution',
  'AWS::CloudWatch::Alarm',
  'AWS::DynamoDB::GlobalTable', // TableV2; both specifications list it
  'AWS::Events::Rule', // schedules (infra/partition.ts: eventBridgeScheduler)
  'AWS::IAM::Policy',
  'AWS::IAM::Role',
  'AWS::Lambda::EventSourceMapping',
  'AWS::Lambda::Function', // lambda.html: no X-Ray integration, no function URLs
  'AWS::Lambda::LayerVersion', // the CDK page deployment's AWS CLI layer
  'AWS::Lambda::Permission',
  'AWS::Logs::LogGroup',
  'AWS::S3::Bucket',
  'AWS::S3::BucketPolicy',
  'AWS::SNS::Topic',
  'AWS::SNS::TopicPolicy',
  'AWS::SQS::Queue', // sqs.html: no DLQ redrive, hence npm run dlq:redrive
  'AWS::SQS::QueuePolicy',
  'AWS::SecretsManager::Secret',
]);
/** CDK's own custom resources (page deployment, bucket clean-up) are Lambda-backed: their types are ours to name. */
const customResource = /^Custom::/;

const domain = { name: 'jc.shanggao.gov.cn', iamCertificateId: 'ASCAEXAMPLEIAMCERT0001' };
const regions = ['cn-north-1', 'cn-northwest-1'] as const;

describe.each(regions)('the stack for %s', (region) => {
  const { app, stack, template } = synthesize({ stage: 'prod', env: { region }, webDomain: domain }, { nag: true });
  const synthesized = template();
  const text = JSON.stringify(synthesized.toJSON());

  it('uses only resource types both China regions support, and cdk-nag has nothing unacknowledged', () => {
    const types = new Set(Object.values(synthesized.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type));
    const unsupported = [...types].filter((type) => !chinaResourceTypes.has(type) && !customResource.test(type));
    expect(unsupported).toEqual([]);
    expect(() => app.synth()).not.toThrow();
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('has no user pool, no traced function, no origin access control, no CloudFront Function and no hard-coded partition', () => {
    expect(text).not.toMatch(/AWS::Cognito::/);
    expect(text).not.toMatch(/AWS::CloudFront::(OriginAccessControl|Function)"/);
    expect(text).not.toContain('arn:aws:');
    for (const fn of platformFunctions(synthesized)) expect(fn.Properties.TracingConfig).toBeUndefined();
  });

  it('runs functions on x86_64 unless told otherwise, and on arm64 when told', () => {
    for (const fn of platformFunctions(synthesized)) expect(fn.Properties.Architectures).toEqual(['x86_64']);
    const arm = synthesize({ stage: 'prod', env: { region }, architecture: 'arm64' }).template();
    for (const fn of platformFunctions(arm)) expect(fn.Properties.Architectures).toEqual(['arm64']);
  });

  it('serves the pages on the ICP domain with the IAM server certificate, files through an origin access identity, page paths through the API', () => {
    const [distribution] = Object.values(synthesized.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    expect(config.Aliases).toEqual([domain.name]);
    expect(config.ViewerCertificate).toEqual({ IamCertificateId: domain.iamCertificateId, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' });
    expect(config).toMatchObject({ HttpVersion: 'http2', IPV6Enabled: false });
    expect(config.DefaultCacheBehavior.FunctionAssociations).toBeUndefined();
    // No policies: legacy cache settings, the API's paths uncached with what the API reads, files cached by path.
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      for (const policy of ['CachePolicyId', 'OriginRequestPolicyId', 'ResponseHeadersPolicyId']) expect(behavior[policy], behavior.PathPattern).toBeUndefined();
      expect(behavior.ForwardedValues, behavior.PathPattern).toBeDefined();
    }
    const api = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/v1/*');
    expect(api).toMatchObject({ DefaultTTL: 0, MaxTTL: 0, ForwardedValues: { QueryString: true, Cookies: { Forward: 'all' }, Headers: expect.arrayContaining(['Authorization', 'Idempotency-Key']) } });
    synthesized.resourceCountIs('AWS::CloudFront::ResponseHeadersPolicy', 0);
    const files = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/*.*');
    const bucketOrigin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(files.TargetOriginId).toBe(bucketOrigin.Id);
    expect(JSON.stringify(bucketOrigin.S3OriginConfig.OriginAccessIdentity)).toContain('origin-access-identity/cloudfront/');
    synthesized.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 1);
    expect(config.DefaultCacheBehavior.TargetOriginId).not.toBe(bucketOrigin.Id);
    // API paths come before the files' pattern: an API path with a dot still reaches the API.
    expect(config.CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern).at(-1)).toBe('/*.*');
    const routes = Object.values(synthesized.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey);
    expect(routes).toEqual(expect.arrayContaining(['GET /', 'GET /{proxy+}']));
    synthesized.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ WEB_BUCKET: Match.anyValue(), EVIDENCE_ORIGIN: Match.anyValue() }) } });
    expect(synthesized.findOutputs('WebUrl').WebUrl?.Value).toBe(`https://${domain.name}`);
    // Sign-in on the same ICP domain: the authorizer trusts the issuer the identity function signs as.
    expect(synthesized.findOutputs('SignInIssuer').SignInIssuer?.Value).toBe(`https://${domain.name}/oidc`);
    synthesized.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { JwtConfiguration: { Issuer: `https://${domain.name}/oidc` } });
    synthesized.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ OIDC_ISSUER: `https://${domain.name}/oidc` }) } });
  });

  it('runs every schedule as a UTC rule at the same instants, with the input the scheduled functions read', () => {
    const rules = Object.values(synthesized.findResources('AWS::Events::Rule'));
    expect(rules).toHaveLength(functionEntries.flatMap(([, spec]) => spec.schedules ?? []).length);
    const daily = rules.find((r) => r.Properties.Description.includes('08:30'));
    expect(daily!.Properties.ScheduleExpression).toBe('cron(30 0 * * ? *)');
    expect(daily!.Properties.Targets[0].InputTransformer.InputTemplate).toContain('"scheduledTime":<time>');
  });

  it('refuses Cognito, which the China regions do not offer', () => {
    expect(() => synthesize({ env: { region }, identity: 'cognito' })).toThrow(/Cognito user pools are not available in/);
  });

  it('deploys the API alone, with a warning, when no ICP domain is given', () => {
    const bare = synthesize({ stage: 'prod', env: { region } }, { nag: true });
    const bareTemplate = bare.template();
    bareTemplate.resourceCountIs('AWS::CloudFront::Distribution', 0);
    expect(Annotations.fromStack(bare.stack).findWarning('*', Match.stringLikeRegexp('webDomain'))).toHaveLength(1);
    expect(() => bare.app.synth()).not.toThrow();
  });
});

describe('a global region', () => {
  it('keeps tracing, arm64, origin access control, CloudFront Functions and EventBridge Scheduler', () => {
    const template = synthesize({ env: { region: 'ap-east-1' } }).template();
    for (const fn of platformFunctions(template)) expect(fn.Properties).toMatchObject({ TracingConfig: { Mode: 'Active' }, Architectures: ['arm64'] });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.resourceCountIs('AWS::CloudFront::Function', 2);
    template.resourceCountIs('AWS::Events::Rule', 0);
    expect(Object.keys(template.findResources('AWS::Scheduler::Schedule')).length).toBeGreaterThan(0);
  });
});

describe('a schedule in UTC', () => {
  const at = (cron: Parameters<typeof utcCron>[0]['cron']) => utcCron({ name: 'probe', description: '', cron });

  it('is the same instants: Asia/Shanghai is UTC+8 all year', () => {
    expect(at({ minute: '30', hour: '8' })).toBe('cron(30 0 * * ? *)');
    expect(at({ minute: '30', hour: '2' })).toBe('cron(30 18 * * ? *)');
    expect(at({ minute: '0', hour: '7-12' })).toBe('cron(0 0,1,2,3,4,23 * * ? *)');
    expect(at({ minute: '0', hour: '9', day: '1-10', month: '1,4,7,10' })).toBe('cron(0 1 1-10 1,4,7,10 ? *)');
  });

  it('is refused when chosen days would move to the day before', () => {
    expect(() => at({ minute: '0', hour: '6', day: '1' })).toThrow(/day before/);
    expect(() => at({ minute: '0', hour: '6', weekDay: 'MON-FRI' })).toThrow(/day before/);
  });
});
