import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

/** A minimal API Gateway HTTP API (v2) event, as the authorizer would pass it on. */
export const httpEvent = (options: {
  method?: string;
  path?: string;
  claims?: Record<string, string>;
  body?: string;
  contentType?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
}): APIGatewayProxyEventV2WithJWTAuthorizer =>
  ({
    version: '2.0',
    routeKey: `${options.method ?? 'GET'} ${options.path ?? '/'}`,
    rawPath: options.path ?? '/',
    rawQueryString: '',
    headers: options.contentType ? { 'content-type': options.contentType } : {},
    body: options.body,
    isBase64Encoded: false,
    pathParameters: options.pathParameters,
    queryStringParameters: options.query,
    requestContext: {
      requestId: 'test-request',
      http: { method: options.method ?? 'GET', path: options.path ?? '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      ...(options.claims ? { authorizer: { jwt: { claims: options.claims, scopes: [] } } } : {}),
    },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

export const claimsOf = (overrides: Record<string, string> = {}) => ({
  sub: 'user-1',
  'custom:tenant': '360923',
  'custom:org': 'office-aoyang',
  'cognito:groups': '[office]',
  ...overrides,
});

export const testContext = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

export const call = async (handler: (event: never, context: Context) => Promise<unknown>, event: unknown) => {
  const response = (await handler(event as never, testContext)) as APIGatewayProxyStructuredResultV2;
  return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as Record<string, any>) : undefined };
};
