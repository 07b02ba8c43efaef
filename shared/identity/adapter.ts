import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Payload = Record<string, unknown> & { uid?: string; grantId?: string; userCode?: string; consumed?: number };

/**
 * oidc-provider's storage (sessions, interactions, grants, codes, refresh tokens …) in the identity
 * table. Each row expires through the table's TTL; since DynamoDB deletes expired rows only
 * eventually, a read also refuses what has expired. Session uid and grant id are looked up
 * through gsi1 and gsi2.
 */
export const dynamoAdapter = (db: DynamoDBDocumentClient, tableName: string, now = () => Date.now()) =>
  class DynamoAdapter {
    constructor(private readonly model: string) {}

    private key(id: string) {
      return { pk: `OIDC#${this.model}#${id}`, sk: 'OIDC' };
    }

    private live(item: Record<string, unknown> | undefined): Payload | undefined {
      if (!item || (typeof item.expiresAt === 'number' && item.expiresAt * 1000 <= now())) return undefined;
      return item.payload as Payload;
    }

    async upsert(id: string, payload: Payload, expiresIn?: number) {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...this.key(id),
            payload,
            ...(expiresIn ? { expiresAt: Math.floor(now() / 1000) + expiresIn } : {}),
            ...(payload.uid ? { gsi1pk: `OIDC#UID#${payload.uid}`, gsi1sk: this.model } : {}),
            ...(payload.grantId ? { gsi2pk: `OIDC#GRANT#${payload.grantId}`, gsi2sk: `${this.model}#${id}` } : {}),
            ...(payload.userCode ? { userCode: payload.userCode } : {}),
          },
        }),
      );
    }

    async find(id: string) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: this.key(id), ConsistentRead: true }));
      return this.live(Item);
    }

    async findByUid(uid: string) {
      const { Items } = await db.send(
        new QueryCommand({ TableName: tableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :model', ExpressionAttributeValues: { ':pk': `OIDC#UID#${uid}`, ':model': this.model } }),
      );
      return this.live(Items?.[0]);
    }

    // Device flow only, which this issuer does not offer.
    findByUserCode(): Promise<undefined> {
      return Promise.resolve(undefined);
    }

    async consume(id: string) {
      await db.send(new UpdateCommand({ TableName: tableName, Key: this.key(id), UpdateExpression: 'SET payload.#consumed = :at', ExpressionAttributeNames: { '#consumed': 'consumed' }, ExpressionAttributeValues: { ':at': Math.floor(now() / 1000) }, ConditionExpression: 'attribute_exists(pk)' }));
    }

    async destroy(id: string) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: this.key(id) }));
    }

    /** Signing out or reusing a code revokes everything issued under the grant. */
    async revokeByGrantId(grantId: string) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({ TableName: tableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': `OIDC#GRANT#${grantId}` }, ExclusiveStartKey: start }),
        );
        await Promise.all((page.Items ?? []).map((item) => db.send(new DeleteCommand({ TableName: tableName, Key: { pk: item.pk as string, sk: item.sk as string } }))));
        start = page.LastEvaluatedKey;
      } while (start);
    }
  };
