import { afterEach, describe, expect, it, vi } from 'vitest';
import { invocation, logger } from '#shared/observability.ts';
import { testContext } from '../../support/http-events.ts';

const lines: Record<string, unknown>[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  lines.length = 0;
});
// Powertools writes errors to stderr, the rest to stdout.
const capture = () => {
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      return true;
    });
  }
};

describe('log lines name their own function', () => {
  it('in one process hosting many functions, whichever started last', async () => {
    capture();
    logger.addContext({ ...testContext, functionName: 'reporting' }); // the last function to start
    const run = (functionName: string) =>
      invocation.run({ functionName, awsRequestId: `${functionName}-1`, invokedFunctionArn: `arn:local:${functionName}` }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        logger.error('failed', { functionCalled: functionName });
      });
    await Promise.all([run('rectifications'), run('checklist-submissions')]);
    expect(lines.map((l) => [l.functionCalled, l.function_name, l.function_request_id])).toEqual(
      expect.arrayContaining([
        ['rectifications', 'rectifications', 'rectifications-1'],
        ['checklist-submissions', 'checklist-submissions', 'checklist-submissions-1'],
      ]),
    );
  });

  it('from the Lambda context alone when no invocation is set, as in AWS', () => {
    capture();
    logger.addContext({ ...testContext, functionName: 'reports' });
    logger.error('failed');
    expect(lines[0]).toMatchObject({ level: 'ERROR', message: 'failed', service: 'judicial-inspection', function_name: 'reports', function_request_id: 'req-1' });
  });
});
