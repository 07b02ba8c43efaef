import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import path from 'node:path';
import { defaultTimeoutSeconds, type FunctionSpec } from '../wiring.ts';
import { bundleOptions } from './bundle-options.ts';
import { onDemandBuildCommand } from './on-demand-packages.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export type PlatformFunctionProps = {
  name: string;
  spec: FunctionSpec;
  production: boolean;
  alarmTopic: sns.ITopic;
  environment: Record<string, string>;
  architecture: lambda.Architecture;
  /** Active X-Ray tracing, where the partition offers it (infra/partition.ts). */
  tracing: boolean;
};

/**
 * A Lambda function with the defaults every function of ours shares: Node.js 22 (arm64 unless the target says
 * otherwise), ESM bundle (minified, tree-shaken, source maps) built by the local esbuild, X-Ray tracing where
 * the partition has it, its own log group
 * with retention, Powertools settings, and an alarm on errors.
 */
export class PlatformFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    const { name, spec, production } = props;
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: production ? logs.RetentionDays.ONE_YEAR : logs.RetentionDays.ONE_MONTH,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.join(repoRoot, spec.entry),
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      description: spec.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: props.architecture,
      memorySize: spec.memoryMb ?? 512,
      timeout: Duration.seconds(spec.timeoutSeconds ?? defaultTimeoutSeconds),
      tracing: props.tracing ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        ...(bundleOptions.nodeOptions.length ? { NODE_OPTIONS: bundleOptions.nodeOptions.join(' ') } : {}),
        POWERTOOLS_SERVICE_NAME: name,
        POWERTOOLS_LOG_LEVEL: production ? 'INFO' : 'DEBUG',
        POWERTOOLS_METRICS_NAMESPACE: 'JudicialInspection',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: bundleOptions.target,
        minify: bundleOptions.minify,
        sourceMap: bundleOptions.sourceMap,
        sourcesContent: bundleOptions.sourcesContent,
        charset: Charset.UTF8,
        mainFields: [...bundleOptions.mainFields],
        banner: bundleOptions.banner,
        externalModules: [...bundleOptions.external, ...(spec.onDemand ?? [])],
        esbuildArgs: { '--alias': Object.entries(bundleOptions.alias).map(([from, to]) => `${from}=${to}`) },
        ...(spec.bundledFiles?.length || spec.onDemand?.length
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) => [
                  ...(spec.bundledFiles ?? []).map((file) => `cp "${path.join(inputDir, 'node_modules', file)}" "${outputDir}"`),
                  ...(spec.onDemand ?? []).map((name) => onDemandBuildCommand(name, outputDir)),
                ],
              },
            }
          : {}),
      },
    });
    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs; AWS keeps it current',
      },
      ...(props.tracing ? [{ id: 'AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions' }] : []),
      { id: 'AwsSolutions-L1', reason: 'Node.js 22 is the platform runtime by decision: the code, its dependencies and the local runtime are verified on 22' },
    );
    new cloudwatch.Alarm(this, 'Errors', {
      alarmDescription: `${name}: invocations failed`,
      metric: this.fn.metricErrors({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new actions.SnsAction(props.alarmTopic));
    for (const { metric, description } of props.spec.alarmsOn ?? []) {
      new cloudwatch.Alarm(this, `${metric}Alarm`, {
        alarmDescription: `${name}: ${description}`,
        // Powertools publishes with the `service` dimension of our one service name (shared/observability.ts).
        metric: new cloudwatch.Metric({ namespace: 'JudicialInspection', metricName: metric, dimensionsMap: { service: 'judicial-inspection' }, statistic: 'Sum', period: Duration.hours(1) }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new actions.SnsAction(props.alarmTopic));
    }
  }
}
