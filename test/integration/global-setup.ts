import type { TestProject } from 'vitest/node';
import { type ServiceEndpoints, startEmbeddedServices } from '#infra/local/embedded-services.ts';
import { ensureWebBuilt } from '#infra/local/web-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    services: ServiceEndpoints;
  }
}

/** One DynamoDB Local and one SQS server (in memory, free ports) for the whole integration run. */
export default async function setup(project: TestProject) {
  // The browser tests need the web pages built; a fresh build takes a few seconds.
  const [services] = await Promise.all([startEmbeddedServices(), ensureWebBuilt(() => undefined)]);
  project.provide('services', { dynamodbEndpoint: services.dynamodbEndpoint, sqsEndpoint: services.sqsEndpoint, s3Endpoint: services.s3Endpoint });
  return () => services.stop();
}
