import type { Organisation } from './organisation.ts';

/** The credit code of an enterprise responsible for an item (`enterprise:<credit code>`); undefined for an organisation. */
export const creditCodeOf = (organisationId: string) => (organisationId.startsWith('enterprise:') ? organisationId.slice('enterprise:'.length) : undefined);

/** What a person reads for an organisation id (敖阳司法所, not office-aoyang), and the bureau's name workbooks print under. */
export type OrganisationNames = ((id: string) => string) & { bureau: string };

/**
 * Names by id, including the ids reports and items make up: `enterprises:<agency>` (the enterprises an agency follows
 * up) and `enterprise:<credit code>`. An id nobody knows (a deleted test organisation) is shown as it is.
 */
export const organisationNames = (
  organisations: readonly (Pick<Organisation, 'id' | 'name'> & Partial<Pick<Organisation, 'kind'>>)[],
  enterprises: ReadonlyMap<string, string> = new Map(),
  bureauWithoutName = '司法局',
): OrganisationNames => {
  const byId = new Map(organisations.map((o) => [o.id, o.name]));
  const name = (id: string): string => {
    if (id.startsWith('enterprises:')) return `${name(id.slice('enterprises:'.length))}督促的企业`;
    const creditCode = creditCodeOf(id);
    if (creditCode) return enterprises.get(creditCode) ?? `企业（${creditCode}）`;
    return byId.get(id) ?? id;
  };
  return Object.assign(name, { bureau: organisations.find((o) => o.kind === 'bureau')?.name ?? bureauWithoutName });
};

/** The items' enterprises (responsible as `enterprise:<credit code>`), whose names are read with the organisations'. */
export const enterprisesOf = (items: readonly { responsibility: { organisation: string } }[]) =>
  items.flatMap((i) => creditCodeOf(i.responsibility.organisation) ?? []);
