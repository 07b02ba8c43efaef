import * as z from 'zod';

export const OrganisationId = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'lower-case letters, digits and dashes, 3 to 64 (e.g. office-xinjie)');
export const OrganisationKind = z.enum(['bureau', 'section', 'office', 'agency']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;
export const organisationKindNames: Record<OrganisationKind, string> = { bureau: '司法局', section: '股室', office: '司法所', agency: '行政执法部门' };

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an admin sends to create or change an organisation. */
export const OrganisationInput = z.object({
  kind: OrganisationKind,
  name: text(100),
  /** 简称, e.g. 敖阳所 */
  shortName: text(30).optional(),
  /** The organisation it belongs to: a section or office under the bureau, a 中心司法所 over its district's offices. */
  parent: OrganisationId.optional(),
  contact: z.object({ person: text(50).optional(), phone: z.string().trim().regex(/^[0-9+\-() ]{5,30}$/, 'a telephone number').optional(), address: text(200).optional() }).default({}),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

/**
 * 组织机构: the bureau (司法局) and its sections (股室), judicial offices (司法所), enforcement agencies
 * (行政执法部门). A deactivated one keeps its history and stays in reports, but gets no new work.
 */
export const Organisation = OrganisationInput.extend({
  id: OrganisationId,
  active: z.boolean(),
  version: z.number().int().min(1),
}).meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

export type OrganisationRefusal = { field: string; message: string };

/**
 * Checks a new or changed organisation against the others of its bureau: unique name, a parent that
 * exists and is active, no organisation its own ancestor. Answers the first problem, or nothing.
 */
export const checkOrganisation = (candidate: Pick<Organisation, 'id' | 'name' | 'parent'>, others: readonly Organisation[]): OrganisationRefusal | undefined => {
  const byId = new Map(others.filter((o) => o.id !== candidate.id).map((o) => [o.id, o]));
  if ([...byId.values()].some((o) => o.name === candidate.name)) return { field: 'name', message: `another organisation of this bureau is called ${candidate.name}` };
  if (!candidate.parent) return undefined;
  if (candidate.parent === candidate.id) return { field: 'parent', message: 'an organisation cannot belong to itself' };
  const parent = byId.get(candidate.parent);
  if (!parent) return { field: 'parent', message: `no organisation ${candidate.parent} in this bureau` };
  if (!parent.active) return { field: 'parent', message: `${parent.name} is deactivated` };
  for (let at: Organisation | undefined = parent, steps = 0; at?.parent && steps < byId.size; steps += 1) {
    if (at.parent === candidate.id) return { field: 'parent', message: `${parent.name} belongs to ${candidate.id} already: that would make a cycle` };
    at = byId.get(at.parent);
  }
  return undefined;
};
