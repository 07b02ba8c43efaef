import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { conflictOnRefusal } from '../http/conflicts.ts';
import { conflict, notFound, unprocessable } from '../http/errors.ts';
import type { TemplateContent } from './template.ts';
import { type TemplateHead, templateStore, type TemplateVersion } from './template-store.ts';

export type TemplateDeps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator };

/** Template administration: drafts are edited freely, published versions never change, one draft at a time. */
export const templateService = (deps: TemplateDeps) => {
  const store = templateStore(deps.db, deps.tableName);

  const headOf = async (caller: Caller, id: string) => {
    const head = await store.head(caller.tenant, id);
    if (!head) throw notFound(`no checklist template ${id}`);
    return head;
  };
  const versionOf = async (caller: Caller, id: string, version: number) => {
    const found = await store.version(caller.tenant, id, version);
    if (!found) throw notFound(`no version ${version} of checklist template ${id}`);
    return found;
  };
  const sameKind = (head: TemplateHead, content: TemplateContent) => {
    if (content.kind !== head.kind) {
      throw unprocessable('a template keeps its kind across versions', [{ path: 'body.content.kind', message: `must stay ${head.kind}` }]);
    }
  };
  return {
    store,
    list: (caller: Caller) => store.list(caller.tenant),
    versions: async (caller: Caller, id: string) => ({ head: await headOf(caller, id), versions: await store.versions(caller.tenant, id) }),
    version: versionOf,

    create: async (caller: Caller, id: string, content: TemplateContent) => {
      const head: TemplateHead = { templateId: id, kind: content.kind, title: content.title, latestVersion: 1 };
      const first: TemplateVersion = { templateId: id, version: 1, status: 'draft', content };
      await conflictOnRefusal(`a template with id ${id} exists already`, () => store.create(caller.tenant, head, first, []));
      return first;
    },

    saveDraft: async (caller: Caller, id: string, version: number, content: TemplateContent) => {
      const [head, current] = [await headOf(caller, id), await versionOf(caller, id, version)];
      if (current.status === 'published') throw conflict(`version ${version} is published and cannot change; open a new version`);
      sameKind(head, content);
      const draft: TemplateVersion = { ...current, content };
      await conflictOnRefusal(`version ${version} was published meanwhile`, () => store.saveDraft(caller.tenant, { ...head, title: content.title }, draft, []));
      return draft;
    },

    addVersion: async (caller: Caller, id: string, content: TemplateContent) => {
      const head = await headOf(caller, id);
      if (head.publishedVersion !== head.latestVersion) throw conflict(`version ${head.latestVersion} is still a draft; edit or publish it first`);
      sameKind(head, content);
      const draft: TemplateVersion = { templateId: id, version: head.latestVersion + 1, status: 'draft', content };
      await conflictOnRefusal('another version was opened meanwhile', () => store.addVersion(caller.tenant, { ...head, latestVersion: draft.version, title: content.title }, draft, []));
      return draft;
    },

    publish: async (caller: Caller, id: string, version: number) => {
      const [head, current] = [await headOf(caller, id), await versionOf(caller, id, version)];
      if (current.status === 'published') throw conflict(`version ${version} is published already`);
      const at = deps.clock.now();
      const published: TemplateVersion = { ...current, status: 'published', publishedAt: at.toISOString() };
      await conflictOnRefusal(`version ${version} was published meanwhile`, () =>
        store.publish(caller.tenant, { ...head, publishedVersion: Math.max(head.publishedVersion ?? 0, version) }, published, [
          {
            id: deps.ids(),
            type: 'ChecklistTemplatePublished',
            version: 1,
            tenant: caller.tenant,
            occurredAt: at.toISOString(),
            actor: actorOf(caller),
            subject: { kind: 'checklist-template', id },
            payload: { templateId: id, version, kind: head.kind },
          },
        ]),
      );
      return published;
    },
  };
};
