/** Names of the local tables, queues and buckets of one stage; tests use a fresh stage each so they never share state. */
export const resourceNames = (stage: string) => ({
  table: (id: string) => `jip-${stage}-${id.toLowerCase()}`,
  queue: (consumer: string) => `jip-${stage}-${consumer}`,
  deadLetterQueue: (consumer: string) => `jip-${stage}-${consumer}-dlq`,
  bucket: (id: 'reports' | 'evidence') => `jip-${stage}-${id}`,
});
export type ResourceNames = ReturnType<typeof resourceNames>;
