/**
 * What a deployment target offers, decided in this one place: the stack asks these questions and never
 * tests a region name itself. Each China entry quotes the AWS China documentation ("Getting Started with
 * Amazon Web Services in China", docs.amazonaws.cn/en_us/aws/latest/userguide/<service>.html, section
 * "Feature Availability and Implementation Differences") it follows from.
 */
export type Capabilities = {
  partition: 'aws' | 'aws-cn';
  /** Cognito user pools can sign people in (`identity=cognito`). */
  cognitoUserPools: boolean;
  /** Lambda functions may trace to X-Ray. */
  lambdaTracing: boolean;
  /** The web distribution may run CloudFront Functions (page paths, the preload header). */
  cloudFrontFunctions: boolean;
  /** Distributions take cache, origin-request and response-headers policies; otherwise legacy cache settings. */
  cloudFrontPolicies: boolean;
  /** CloudFront reaches the pages' bucket by origin access control; otherwise by an origin access identity. */
  originAccessControl: boolean;
  /** The pages need an alternate domain (ICP-filed) and an IAM server certificate; the default domain serves nothing. */
  pagesNeedOwnDomain: boolean;
  /** HTTP versions and IPv6 the distribution is given. */
  httpVersion: 'http2and3' | 'http2';
  ipv6: boolean;
  /** The architecture functions get unless `-c architecture=` says otherwise. */
  defaultArchitecture: 'arm64' | 'x86_64';
  /** API Gateway answers unauthenticated requests (our public routes) without an ICP licence on the account. */
  publicApiWithoutIcp: boolean;
  /** Schedules run on EventBridge Scheduler (with a time zone); otherwise on EventBridge rules, in UTC. */
  eventBridgeScheduler: boolean;
  /** SQS moves DLQ messages back itself (console/StartMessageMoveTask); otherwise `npm run dlq:redrive`. */
  sqsRedrive: boolean;
};

const global: Capabilities = {
  partition: 'aws',
  cognitoUserPools: true,
  lambdaTracing: true,
  cloudFrontFunctions: true,
  cloudFrontPolicies: true,
  originAccessControl: true,
  pagesNeedOwnDomain: false,
  httpVersion: 'http2and3',
  ipv6: true,
  defaultArchitecture: 'arm64',
  publicApiWithoutIcp: true,
  eventBridgeScheduler: true,
  sqsRedrive: true,
};

const china: Capabilities = {
  partition: 'aws-cn',
  // cognito.html: user pools are not available in Beijing, and Ningxia has no Cognito at all.
  cognitoUserPools: false,
  // lambda.html: "Amazon X-Ray integration with Lambda functions is not available in the China Regions."
  lambdaTracing: false,
  // cloudfront.html: CloudFront China runs neither Lambda@Edge nor CloudFront Functions.
  cloudFrontFunctions: false,
  // CloudFront China refuses a behavior with a policy: "The parameter CachePolicyId can't be set for this region"
  // (aws/aws-cdk#13584, #31033); managed cache and origin-request policies are not offered there
  // (awslabs/aws-saas-boost#387). Behaviors use legacy cache settings, and security headers come from the origin.
  cloudFrontPolicies: false,
  // AWS::CloudFront::OriginAccessControl is not a resource type of cn-north-1 or cn-northwest-1 (the per-region
  // resource specifications; deploying one fails with "Unrecognized resource types"); S3 origins use an identity.
  originAccessControl: false,
  // cloudfront.html: "You can't use the default CloudFront domain, *.cloudfront.cn, to serve content. You must
  // add an alternate domain name, also known as a CNAME, to your CloudFront distributions … You also must have
  // an ICP registration." Its certificate is an IAM server certificate: ACM does not serve CloudFront there.
  pagesNeedOwnDomain: true,
  // Neither HTTP/3 nor IPv6 is offered to China distributions; AWS's own sample for them
  // (aws-samples/deploy-cloudfront-in-china-with-cdk) sets http2 and IPv6 off.
  httpVersion: 'http2',
  ipv6: false,
  // lambda.html does not confirm arm64 for Ningxia: x86_64, which both regions run, unless the operator chooses.
  defaultArchitecture: 'x86_64',
  // apigateway.html: APIs reached without authentication need an ICP recordal on the account; custom domains too.
  publicApiWithoutIcp: false,
  // AWS::Scheduler::Schedule is not in CloudFormation's resource specification for cn-north-1 or cn-northwest-1
  // (as mirrored in cfn-lint's per-region schemas), while AWS::Events::Rule is: scheduled rules, whose cron is
  // UTC (exact for Asia/Shanghai, UTC+8 all year).
  eventBridgeScheduler: false,
  // sqs.html: "The SQS dead-letter queue redrive feature is not supported."
  sqsRedrive: false,
};

/** The capabilities of a region; a region we cannot know (an environment-agnostic synth) is a global one. */
export const capabilitiesOf = (region: string | undefined): Capabilities => (region?.startsWith('cn-') ? china : global);

export const architectures = ['arm64', 'x86_64'] as const;
export type Architecture = (typeof architectures)[number];
