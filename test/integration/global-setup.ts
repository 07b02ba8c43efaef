import type { TestProject } from 'vitest/node';
import { startEmbeddedServices } from '#infra/local/embedded-services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    services: { dynamodbEndpoint: string; sqsEndpoint: string };
  }
}

/** One DynamoDB Local and one SQS server (in memory, free ports) for the whole integration run. */
export default async function setup(project: TestProject) {
  const services = await startEmbeddedServices();
  project.provide('services', { dynamodbEndpoint: services.dynamodbEndpoint, sqsEndpoint: services.sqsEndpoint });
  return () => services.stop();
}
