import { Duration, Fn, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { grantFiles } from './grant-files.ts';
import { contentSecurityPolicy } from '#shared/http/web-headers.ts';
import type { Capabilities } from '../partition.ts';
import { apiPaths, pageEntries, preloadFunction, singlePageFunction } from '../web-entries.ts';
import type { WebConfig } from '#shared/identity/web-client.ts';

export type WebPagesProps = {
  api: apigw.HttpApi;
  /** The built pages (web/dist). */
  assets: string;
  /** Where the pages' sign-in goes: the issuer's URL, written to /config.json beside the pages. */
  oidcAuthority: string;
  /** The evidence bucket's origin: the pages post and show evidence files there (CSP). */
  evidenceOrigin: string;
  capabilities: Capabilities;
  /** The pages' own domain (an ICP-filed one in China) and the id of its IAM server certificate. */
  domain?: WebDomain;
  /** Where CloudFront cannot choose a page path's HTML itself (no CloudFront Functions), this function does, behind the API. */
  pageEntry?: lambda.Function;
};

export type WebDomain = { name: string; iamCertificateId: string };

/**
 * The web pages: a private bucket behind CloudFront (origin access control, or identity where that is not
 * offered), HTTPS only, strict security headers (the same CSP the local server sends), any page path answered
 * with its entry's HTML (infra/web-entries.ts), and the API's paths passed to the HTTP API uncached. What the
 * target region offers (infra/partition.ts) decides how: China has no CloudFront Functions or policies.
 */
export class WebPages extends Construct {
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebPagesProps) {
    super(scope, id);
    const bucket = new s3.Bucket(this, 'Files', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // The pages are rebuilt from the repository: nothing here is only here.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const { capabilities } = props;
    // Where policies are not offered (China), the page-entry function sends these headers with every page.
    const headers = capabilities.cloudFrontPolicies
      ? new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
          securityHeadersBehavior: {
            contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.evidenceOrigin), override: true },
            contentTypeOptions: { override: true },
            frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
            referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
            strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
          },
        })
      : undefined;
    const apiOrigin = new origins.HttpOrigin(Fn.select(2, Fn.split('/', props.api.apiEndpoint)), { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY });
    const toApi: cloudfront.BehaviorOptions = {
      origin: apiOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const files = capabilities.originAccessControl ? origins.S3BucketOrigin.withOriginAccessControl(bucket) : origins.S3BucketOrigin.withOriginAccessIdentity(bucket);
    const fromBucket: cloudfront.BehaviorOptions = {
      origin: files,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: headers,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
    };
    const { defaultBehavior, pageBehaviors } = capabilities.cloudFrontFunctions
      ? this.pagePathsAtTheEdge(fromBucket)
      : this.pagePathsThroughTheApi(props, bucket, { ...toApi, allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS }, fromBucket);

    const distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Judicial inspection platform: web pages and API',
      ...(capabilities.cloudFrontFunctions ? { defaultRootObject: 'index.html' } : {}),
      httpVersion: capabilities.httpVersion === 'http2' ? cloudfront.HttpVersion.HTTP2 : cloudfront.HttpVersion.HTTP2_AND_3,
      enableIpv6: capabilities.ipv6,
      defaultBehavior,
      // API paths first: CloudFront takes the first pattern that matches.
      additionalBehaviors: { ...Object.fromEntries(apiPaths.map((path) => [path, toApi])), ...pageBehaviors },
    });
    if (!capabilities.cloudFrontPolicies) legacyCacheSettings(distribution.node.defaultChild as cloudfront.CfnDistribution, apiPaths.length);
    if (props.domain) {
      // An IAM server certificate (the only kind CloudFront China takes; also valid in global regions).
      const cfn = distribution.node.defaultChild as cloudfront.CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [props.domain.name]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', { IamCertificateId: props.domain.iamCertificateId, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' });
    }
    this.url = props.domain ? `https://${props.domain.name}` : `https://${distribution.distributionDomainName}`;

    new s3deploy.BucketDeployment(this, 'Deploy', {
      destinationBucket: bucket,
      sources: [s3deploy.Source.asset(props.assets), s3deploy.Source.jsonData('config.json', { oidcAuthority: props.oidcAuthority } satisfies WebConfig)],
      distribution,
      distributionPaths: ['/index.html', ...pageEntries.map((entry) => `/${entry.html}`), '/config.json'],
      prune: true,
    });

    Validations.of(bucket).acknowledge({ id: 'AwsSolutions-S1', reason: 'the bucket holds only the built pages, deployed from the repository; CloudFront is the only reader' });
    Validations.of(distribution).acknowledge(
      { id: 'AwsSolutions-CFR1', reason: 'the bureau decides who may reach it; the API enforces sign-in and roles, so no geo restriction is imposed by default' },
      { id: 'AwsSolutions-CFR2', reason: 'no WAF by default (a cost per bureau); the API throttles per route and stage, and a bureau may attach its web ACL' },
      { id: 'AwsSolutions-CFR3', reason: 'API access is logged at API Gateway; page downloads need no access log of their own' },
      ...(capabilities.originAccessControl
        ? []
        : [{ id: 'AwsSolutions-CFR7', reason: 'origin access control has no CloudFormation type in the China regions (infra/partition.ts); an origin access identity, granted read on this bucket only, is how CloudFront reaches it there' }]),
      { id: 'AwsSolutions-CFR4', reason: 'the default CloudFront certificate (*.cloudfront.net) has a fixed policy; a bureau that adds its own domain sets TLS 1.2 with its certificate' },
    );
    // The BucketDeployment's own handler (a CDK-managed Lambda) copies the files at deploy time.
    const stack = Stack.of(this);
    const deployer = 'the CDK BucketDeployment handler copies the built pages from the CDK asset bucket into this bucket and invalidates the distribution; these are the grants CDK gives it';
    Validations.of(stack).acknowledge(
      { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'the CDK BucketDeployment handler logs with the basic execution role' },
      { id: 'AwsSolutions-L1', reason: 'the CDK BucketDeployment handler runtime is chosen by CDK' },
      ...['Action::s3:Abort*', 'Action::s3:DeleteObject*', 'Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Resource::*'].map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason: deployer })),
      { id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`, reason: deployer },
      { id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region}/*]`, reason: deployer },
    );
  }

  /** Page paths (no file extension) get their entry's HTML from a CloudFront Function, which also adds the preload. */
  private pagePathsAtTheEdge(fromBucket: cloudfront.BehaviorOptions) {
    const singlePage = new cloudfront.Function(this, 'SinglePage', { runtime: cloudfront.FunctionRuntime.JS_2_0, code: cloudfront.FunctionCode.fromInline(singlePageFunction()) });
    const preload = new cloudfront.Function(this, 'Preload', { runtime: cloudfront.FunctionRuntime.JS_2_0, code: cloudfront.FunctionCode.fromInline(preloadFunction()) });
    const defaultBehavior: cloudfront.BehaviorOptions = {
      ...fromBucket,
      functionAssociations: [
        { function: singlePage, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        { function: preload, eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE },
      ],
    };
    return { defaultBehavior, pageBehaviors: {} };
  }

  /**
   * Without CloudFront Functions: a path with a dot is a file from the bucket; any other is a page path, whose
   * HTML (with its preload and security headers) the page-entry function answers behind the API.
   */
  private pagePathsThroughTheApi(props: WebPagesProps, bucket: s3.Bucket, toPageEntry: cloudfront.BehaviorOptions, fromBucket: cloudfront.BehaviorOptions) {
    const fn = props.pageEntry;
    if (!fn) throw new Error('web pages without CloudFront Functions need the page-entry function');
    grantFiles(fn, bucket, 'read', 'the page-entry function reads the built pages\' HTML');
    fn.addEnvironment('WEB_BUCKET', bucket.bucketName);
    fn.addEnvironment('EVIDENCE_ORIGIN', props.evidenceOrigin);
    const integration = new HttpLambdaIntegration('PageEntryIntegration', fn, { scopePermissionToRoute: false });
    for (const path of ['/', '/{proxy+}']) {
      const [route] = props.api.addRoutes({ path, methods: [apigw.HttpMethod.GET], integration, authorizer: new apigw.HttpNoneAuthorizer() });
      Validations.of(route!).acknowledge({ id: 'AwsSolutions-APIG4', reason: 'page paths answer the pages\' public HTML, the same for everyone; sign-in happens in the pages' });
    }
    return { defaultBehavior: toPageEntry, pageBehaviors: { '/*.*': fromBucket } };
  }
}

/** Headers the API reads (legacy settings forward at most ten named ones): everything else it needs is in the body or query. */
const apiHeaders = ['Authorization', 'Content-Type', 'Accept', 'Idempotency-Key', 'Origin', 'Access-Control-Request-Headers', 'Access-Control-Request-Method'];
const uncached = { MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 };

/**
 * The behaviors without policies, for CloudFront China: what the policies say elsewhere, in legacy cache
 * settings. API paths (the first `apiBehaviors`) forward query, cookies (the issuer's session) and the headers
 * the API reads, uncached; the page paths (default) forward the query, uncached; files are cached by path.
 */
const legacyCacheSettings = (distribution: cloudfront.CfnDistribution, apiBehaviors: number) => {
  const settle = (behavior: string, settings: Record<string, unknown>) => {
    for (const policy of ['CachePolicyId', 'OriginRequestPolicyId', 'ResponseHeadersPolicyId']) distribution.addPropertyDeletionOverride(`DistributionConfig.${behavior}.${policy}`);
    for (const [name, value] of Object.entries(settings)) distribution.addPropertyOverride(`DistributionConfig.${behavior}.${name}`, value);
  };
  settle('DefaultCacheBehavior', { ForwardedValues: { QueryString: true, Cookies: { Forward: 'none' } }, ...uncached });
  for (let i = 0; i < apiBehaviors; i += 1) settle(`CacheBehaviors.${i}`, { ForwardedValues: { QueryString: true, Cookies: { Forward: 'all' }, Headers: apiHeaders }, ...uncached });
  settle(`CacheBehaviors.${apiBehaviors}`, { ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } }, MinTTL: 0, DefaultTTL: 86_400, MaxTTL: 31_536_000 });
};
