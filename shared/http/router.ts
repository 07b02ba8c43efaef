import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { OperationHandler } from './route.ts';

/** One function serving several operations, each at its declared method and path; an unknown path answers 404 in the error shape. */
export const httpRouter = (handlers: readonly OperationHandler[]) =>
  httpRouterHandler<APIGatewayProxyEventV2, APIGatewayProxyResultV2>({
    routes: handlers.map((handler) => ({ method: handler.operation.method, path: handler.operation.path, handler: handler as never })),
    notFoundResponse: ({ method, path }) => ({
      statusCode: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ error: { code: 'not_found', message: `no route for ${method} ${path}`, fields: [] } }),
    }),
  });
