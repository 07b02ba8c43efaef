import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { evidenceCors } from '../evidence-cors.ts';

export type EvidenceBucketProps = {
  production: boolean;
  /** The web pages' origins: browsers post uploads and fetch downloads from there only. */
  webOrigins: readonly string[];
};

/**
 * Evidence files (佐证材料): what close-outs are decided on, so nothing is ever overwritten or lost —
 * versioned, private, encrypted, TLS only, every access logged, kept when the stack goes in production;
 * moved to infrequent access after 180 days, when a file is rarely opened again.
 */
export class EvidenceBucket extends Construct {
  readonly bucket: s3.Bucket;
  /** Any bucket's virtual-hosted origin in this region: presigned URLs point there (CSP; a wildcard avoids a CloudFront ↔ bucket cycle). */
  static readonly regionalOrigin = `https://*.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`;

  constructor(scope: Construct, id: string, props: EvidenceBucketProps) {
    super(scope, id);
    const removal = props.production ? { removalPolicy: RemovalPolicy.RETAIN } : { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true };
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.production ? 730 : 90) }],
      ...removal,
    });
    Validations.of(accessLogs).acknowledge({ id: 'AwsSolutions-S1', reason: 'this is the access-log bucket of the evidence bucket; logging it again would recurse' });
    this.bucket = new s3.Bucket(this, 'Files', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'evidence/',
      lifecycleRules: [
        { transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(180) }] },
        // Uploads nobody referenced are not deleted: a form's key is short-lived but its file may still be the only copy.
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      cors: [
        {
          allowedOrigins: [...props.webOrigins],
          allowedMethods: evidenceCors.methods.map((method) => s3.HttpMethods[method]),
          allowedHeaders: [...evidenceCors.headers],
          exposedHeaders: [...evidenceCors.exposedHeaders],
          maxAge: evidenceCors.maxAgeSeconds,
        },
      ],
      ...removal,
    });
  }
}
