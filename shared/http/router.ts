import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { HttpMethod } from './route.ts';

type Route = { method: HttpMethod; path: string; handler: unknown };

/** One function serving several routes; a path it does not know answers 404 in the error shape. */
export const httpRouter = (routes: readonly Route[]) =>
  httpRouterHandler<APIGatewayProxyEventV2, APIGatewayProxyResultV2>({
    routes: routes.map((route) => ({ ...route, handler: route.handler as never })),
    notFoundResponse: ({ method, path }) => ({
      statusCode: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ error: { code: 'not_found', message: `no route for ${method} ${path}`, fields: [] } }),
    }),
  });
