import { computed, ref } from 'vue';
import type { components } from '#shared/api-client/client.ts';
import { creditCodeOf, organisationNames } from '#shared/organisation/display-names.ts';
import { api, unwrap } from './api.ts';

type Organisation = components['schemas']['Organisation'];

/** The bureau's organisations, read once per page load (names for ids, pickers) and again after an admin changes one. */
const loaded = ref<Organisation[]>([]);
let pending: Promise<void> | undefined;
const read = () => unwrap(api.GET('/v1/organisations', { params: { query: {} } })).then((answer) => void (loaded.value = answer.organisations));
export const refreshOrganisations = () => (pending = read());

/**
 * Enterprises responsible for items (`enterprise:<credit code>`) are named from the register, each read once when a
 * page first shows it; until then, or when the register has no such code, the shared fallback (企业（代码）) shows.
 */
const enterprises = ref(new Map<string, string>());
const asked = new Set<string>();
const learnEnterprise = (creditCode: string) => {
  if (asked.has(creditCode)) return;
  asked.add(creditCode);
  void api.GET('/v1/enterprises/{creditCode}', { params: { path: { creditCode } } }).then(({ data }) => {
    if (data) enterprises.value = new Map(enterprises.value).set(creditCode, data.name);
  });
};
const names = computed(() => organisationNames(loaded.value, enterprises.value));

export const useOrganisations = () => {
  pending ??= read();
  const nameOf = (id: string | undefined) => {
    if (!id) return '';
    const creditCode = creditCodeOf(id);
    if (creditCode) learnEnterprise(creditCode);
    return names.value(id);
  };
  return { organisations: loaded, ready: pending, nameOf };
};
