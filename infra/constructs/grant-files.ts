import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Read (and put) on a bucket's objects for one function, with the object-level wildcards of CDK's grants
 * acknowledged for cdk-nag, saying `why` the function may have them.
 */
export const grantFiles = (fn: lambda.Function, bucket: s3.Bucket, access: 'read' | 'readWrite', why: string) => {
  bucket.grantRead(fn);
  if (access === 'readWrite') bucket.grantPut(fn);
  const bucketArn = `Resource::<${Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement)}.Arn>/*`;
  Validations.of(fn).acknowledge(
    ...[bucketArn, 'Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', ...(access === 'readWrite' ? ['Action::s3:Abort*'] : [])].map((finding) => ({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason: `${why}; these are the object-level wildcards of the CDK ${access === 'readWrite' ? 'read and put grants' : 'read grant'} on it`,
    })),
  );
};
