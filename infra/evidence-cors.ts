/**
 * What a browser needs of the evidence bucket, declared once for the CDK bucket and the embedded S3
 * server: form uploads (POST) and downloads (GET) from the web pages' origins only.
 */
export const evidenceCors = { methods: ['GET', 'POST'], headers: ['*'], exposedHeaders: ['ETag'], maxAgeSeconds: 3000 } as const;
