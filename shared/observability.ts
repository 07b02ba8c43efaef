import { AsyncLocalStorage } from 'node:async_hooks';
import { LogFormatter, Logger, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { sourceMappedStack } from './source-mapped-stack.ts';

/**
 * The function invocation a log line belongs to, set by the local runtime, where one process hosts every
 * function and one logger would otherwise name whichever function last started. Unset in Lambda, where
 * each function has its own process.
 */
export const invocation = new AsyncLocalStorage<{ functionName: string; awsRequestId: string; invokedFunctionArn: string }>();

/** Powertools' standard log keys, with the function taken from the invocation when one is set. */
class PlatformLogFormatter extends LogFormatter {
  /** Stack and location as in the source, not the minified bundle (see source-mapped-stack.ts). */
  override formatError(error: Error) {
    const formatted = super.formatError(error);
    if (typeof error.stack !== 'string') return formatted;
    const stack = sourceMappedStack(error.stack);
    return { ...formatted, location: this.getCodeLocation(stack), stack: Array.isArray(formatted.stack) ? stack.split('\n') : stack };
  }

  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const context = { ...attributes.lambdaContext, ...invocation.getStore() };
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: attributes.lambdaContext?.coldStart,
        function_arn: context.invokedFunctionArn,
        function_memory_size: attributes.lambdaContext?.memoryLimitInMB,
        function_name: context.functionName,
        function_request_id: context.awsRequestId,
        sampling_rate: attributes.sampleRateValue,
        xray_trace_id: attributes.xRayTraceId,
      },
    }).addAttributes(additional);
  }
}

// Service name and log level come from POWERTOOLS_SERVICE_NAME / POWERTOOLS_LOG_LEVEL, set per function by the wiring.
export const logger = new Logger({ serviceName: 'judicial-inspection', logFormatter: new PlatformLogFormatter() });
export const metrics = new Metrics({ namespace: 'JudicialInspection', serviceName: 'judicial-inspection' });
