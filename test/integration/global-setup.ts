import type { TestProject } from 'vitest/node';
import { startEmbeddedServices } from '#infra/local/embedded-services.ts';
import { ensureWebBuilt } from '#infra/local/web-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    services: { dynamodbEndpoint: string; sqsEndpoint: string };
  }
}

/** One DynamoDB Local and one SQS server (in memory, free ports) for the whole integration run. */
export default async function setup(project: TestProject) {
  // The browser tests need the web pages built; a fresh build takes a few seconds.
  const [services] = await Promise.all([startEmbeddedServices(), ensureWebBuilt(() => undefined)]);
  project.provide('services', { dynamodbEndpoint: services.dynamodbEndpoint, sqsEndpoint: services.sqsEndpoint });
  return () => services.stop();
}
