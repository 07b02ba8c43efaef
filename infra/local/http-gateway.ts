import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ErrorBody } from '#shared/http/errors.ts';
import type { HttpMethod, Route } from '../wiring.ts';
import type { DevAuth } from './dev-auth.ts';

/** API Gateway's own payload limit. */
const maxPayloadBytes = 10 * 1024 * 1024;
const textTypes = /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript)|[^;]*\+json)/i;

export type GatewayRoute = Route & { functionName: string; invoke: (event: APIGatewayProxyEventV2) => Promise<unknown> };
export type LocalRequest = { body: unknown; path: string; query: URLSearchParams; headers: Record<string, string | string[] | undefined>; raw: string };
export type LocalEndpoint = { method: HttpMethod; path: string; run: (request: LocalRequest) => Promise<{ status?: number; body: unknown }> };

const compile = (path: string) => {
  const names: string[] = [];
  // `{proxy+}` takes the rest of the path, as API Gateway's greedy parameter does.
  const pattern = path
    .split(/(\{\w+\+?\})/)
    .map((part) => {
      const parameter = /^\{(\w+)(\+?)\}$/.exec(part);
      if (!parameter) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(parameter[1]!);
      return parameter[2] ? '(.+)' : '([^/]+)';
    })
    .join('');
  return { regex: new RegExp(`^${pattern}$`), names };
};

const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message, fields: [] } });

/**
 * Plays API Gateway HTTP API (payload format 2.0) in front of the functions: route matching by the
 * wiring, the JWT authorizer on `auth: 'jwt'` routes, the 10 MB payload limit, base64 for binary bodies.
 * Differences from AWS: authorizer refusals use our error shape (API Gateway answers `{"message":"Unauthorized"}`).
 */
export const startHttpGateway = async (options: {
  port: number;
  routes: readonly GatewayRoute[];
  auth: DevAuth;
  localEndpoints?: readonly LocalEndpoint[];
  /** The web pages, for GET requests no API route takes (see web-pages.ts). */
  webPages?: (pathname: string, acceptEncoding?: string) => { status: number; headers: Record<string, string>; body: Buffer } | undefined;
  log: (entry: Record<string, unknown>) => void;
}): Promise<Server> => {
  // Like API Gateway, the most specific route wins: `/v1/reports/quarterly` before `/v1/reports/{file}`.
  const parameters = (path: string) => path.split('{').length;
  const routes = options.routes.map((route) => ({ ...route, ...compile(route.path) })).sort((a, b) => parameters(a.path) - parameters(b.path));
  const local = (options.localEndpoints ?? []).map((endpoint) => ({ ...endpoint, ...compile(endpoint.path) }));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body);
      options.log({ message: 'http', method, path: url.pathname, status, ms: Date.now() - started });
    };

    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxPayloadBytes) return send(413, JSON.stringify(errorBody('payload_too_large', 'request body exceeds 10 MB')));
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks);

    const localEndpoint = local.find((e) => e.method === method && e.regex.test(url.pathname));
    if (localEndpoint) {
      const text = raw.toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        body = text;
      }
      const result = await localEndpoint.run({ body, path: url.pathname, query: url.searchParams, headers: req.headers, raw: text });
      return send(result.status ?? 200, JSON.stringify(result.body));
    }

    const route = routes.find((r) => (r.method === method || r.method === 'ANY') && r.regex.test(url.pathname));
    const page = !route && (method === 'GET' || method === 'HEAD') && !url.pathname.startsWith('/v1/') ? options.webPages?.(url.pathname, String(req.headers['accept-encoding'] ?? '')) : undefined;
    if (page) {
      res.writeHead(page.status, page.headers);
      res.end(method === 'HEAD' ? undefined : page.body);
      options.log({ message: 'http', method, path: url.pathname, status: page.status, ms: Date.now() - started });
      return;
    }
    if (!route) return send(404, JSON.stringify(errorBody('not_found', `no route for ${method} ${url.pathname}`)));

    let claims: Record<string, string> | undefined;
    if (route.auth === 'jwt') {
      const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!token) return send(401, JSON.stringify(errorBody('unauthorized', 'a bearer token is required')), { 'www-authenticate': 'Bearer' });
      try {
        claims = await options.auth.verify(token);
      } catch (error) {
        return send(401, JSON.stringify(errorBody('unauthorized', `the token was refused: ${(error as Error).message}`)), { 'www-authenticate': 'Bearer' });
      }
    }

    const params = route.regex.exec(url.pathname)!.slice(1);
    let pathParameters: Record<string, string> | undefined;
    try {
      pathParameters = route.names.length ? Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(params[i]!)])) : undefined;
    } catch {
      // A malformed percent-encoding (`%E0%A4%A`): API Gateway refuses it as a bad request too.
      return send(400, JSON.stringify({ error: { code: 'bad_request', message: 'the path is not valid percent-encoded UTF-8', fields: [{ path: 'path', message: 'malformed percent-encoding' }] } }));
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(',') : (value ?? '')]),
    );
    // What API Gateway adds (there the scheme is https).
    Object.assign(headers, { 'x-forwarded-proto': 'http', 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1', 'x-forwarded-port': String(options.port) });
    const isText = textTypes.test(headers['content-type'] ?? 'application/json');
    const requestId = randomUUID();
    const query = [...url.searchParams.keys()];
    const event: APIGatewayProxyEventV2 & { requestContext: { authorizer?: unknown } } = {
      version: '2.0',
      routeKey: `${route.method} ${route.path}`,
      rawPath: url.pathname,
      rawQueryString: url.search.replace(/^\?/, ''),
      headers,
      cookies: headers.cookie?.split(/;\s*/),
      queryStringParameters: query.length ? Object.fromEntries(query.map((k) => [k, url.searchParams.getAll(k).join(',')])) : undefined,
      pathParameters,
      body: raw.length ? raw.toString(isText ? 'utf8' : 'base64') : undefined,
      isBase64Encoded: raw.length > 0 && !isText,
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'local',
        requestId,
        routeKey: `${route.method} ${route.path}`,
        stage: '$default',
        time: new Date(started).toISOString(),
        timeEpoch: started,
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
        ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
      },
    };

    try {
      const result = (await route.invoke(event)) as APIGatewayProxyStructuredResultV2 | string | undefined;
      if (typeof result !== 'object' || result === null || result.statusCode === undefined) {
        return send(200, typeof result === 'string' ? result : JSON.stringify(result ?? null), { 'apigw-requestid': requestId });
      }
      const body = result.body ?? '';
      res.writeHead(result.statusCode, { ...(result.headers as Record<string, string>), 'apigw-requestid': requestId, ...(result.cookies?.length ? { 'set-cookie': result.cookies } : {}) });
      res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
      options.log({ message: 'http', method, path: url.pathname, status: result.statusCode, function: route.functionName, ms: Date.now() - started });
    } catch (error) {
      options.log({ message: 'function failed', function: route.functionName, error: (error as Error).stack });
      // What API Gateway answers when the integration fails.
      send(500, JSON.stringify({ message: 'Internal Server Error' }));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log({ message: 'gateway error', error: (error as Error).stack });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.listen(options.port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return server;
};
