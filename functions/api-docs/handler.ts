import { operationsOf } from '#infra/wiring.ts';
import { bundledFile } from '#shared/adapters/bundled-files.ts';
import { openApiDocument } from '#shared/http/openapi.ts';
import { docsAssets, platformApi } from '#shared/http/platform-api.ts';
import { publicRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const apiVersion = '1.0.0';
// Built once per container: the document only changes with a deployment.
let document: ReturnType<typeof openApiDocument> | undefined;

const page = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>接口参考 · 县司法局检查与整改平台 API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"></main>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;
// No validator badge: Swagger UI would send the document to validator.swagger.io.
const init = `window.ui = SwaggerUIBundle({ url: 'openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null, docExpansion: 'list', tryItOutEnabled: false });\n`;

const selfContained = { 'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'", 'x-content-type-options': 'nosniff' };

export const handler = httpRouter([
  publicRoute(platformApi.contract, () => Promise.resolve({ body: (document ??= openApiDocument(operationsOf(), apiVersion)), headers: { 'cache-control': 'public, max-age=300' } })),
  publicRoute(platformApi.docs, () => Promise.resolve({ file: { bytes: Buffer.from(page), contentType: 'text/html; charset=utf-8' }, headers: selfContained })),
  publicRoute(platformApi.docsAsset, async ({ params }) => {
    const bytes = params.asset === 'init.js' ? Buffer.from(init) : await bundledFile(import.meta.url, `swagger-ui-dist/${params.asset}`);
    return { file: { bytes, contentType: docsAssets[params.asset] }, headers: { 'cache-control': 'public, max-age=86400' } };
  }),
]);
