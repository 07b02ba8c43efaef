import { Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy } from '#shared/http/web-headers.ts';
import { pageEntries, preloadFunction, singlePageFunction } from '../web-entries.ts';
import type { WebConfig } from '#shared/identity/web-client.ts';

export type WebPagesProps = {
  api: apigw.HttpApi;
  /** The built pages (web/dist). */
  assets: string;
  /** Where the pages' sign-in goes: the issuer's URL, written to /config.json beside the pages. */
  oidcAuthority: string;
  /** The evidence bucket's origin: the pages post and show evidence files there (CSP). */
  evidenceOrigin: string;
};

/** Paths the HTTP API answers, so pages and API share one origin. */
const apiPaths = ['/v1/*', '/oidc/*', '/openapi.json', '/docs', '/docs/*', '/health'];

/**
 * The web pages: a private bucket behind CloudFront (origin access control), HTTPS only, strict security
 * headers (the same CSP the local server sends), any page path answered with its entry's HTML (infra/web-entries.ts), and the API's
 * paths passed to the HTTP API uncached.
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

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.evidenceOrigin), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    // A page path (no file extension) is its entry's HTML; files are served as they are. The enterprise's
    // page also announces its API request (Link: rel=preload).
    const singlePage = new cloudfront.Function(this, 'SinglePage', { runtime: cloudfront.FunctionRuntime.JS_2_0, code: cloudfront.FunctionCode.fromInline(singlePageFunction()) });
    const preload = new cloudfront.Function(this, 'Preload', { runtime: cloudfront.FunctionRuntime.JS_2_0, code: cloudfront.FunctionCode.fromInline(preloadFunction()) });

    const apiOrigin = new origins.HttpOrigin(Fn.select(2, Fn.split('/', props.api.apiEndpoint)), { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY });
    const toApi: cloudfront.BehaviorOptions = {
      origin: apiOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Judicial inspection platform: web pages and API',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        functionAssociations: [
          { function: singlePage, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
          { function: preload, eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE },
        ],
      },
      additionalBehaviors: Object.fromEntries(apiPaths.map((path) => [path, toApi])),
    });
    this.url = `https://${distribution.distributionDomainName}`;

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
      { id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]', reason: deployer },
    );
  }
}
