import { Logger } from '@aws-lambda-powertools/logger';
import { search } from '@aws-lambda-powertools/logger/correlationId';
import { Metrics } from '@aws-lambda-powertools/metrics';

// Service name and log level come from POWERTOOLS_SERVICE_NAME / POWERTOOLS_LOG_LEVEL, set per function by the wiring.
export const logger = new Logger({ serviceName: 'judicial-inspection', correlationIdSearchFn: search });
export const metrics = new Metrics({ namespace: 'JudicialInspection', serviceName: 'judicial-inspection' });
