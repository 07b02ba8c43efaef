import { ref } from 'vue';
import { api, unwrap } from './api.ts';

type Organisation = { id: string; name: string; kind: string; active: boolean };

/** The bureau's organisations, read once per page load (names for ids, pickers) and again after an admin changes one. */
const loaded = ref<Organisation[]>([]);
let pending: Promise<void> | undefined;
const read = () => unwrap(api.GET('/v1/organisations', { params: { query: {} } })).then((answer) => void (loaded.value = (answer as { organisations: Organisation[] }).organisations));
export const refreshOrganisations = () => (pending = read());
export const useOrganisations = () => {
  pending ??= read();
  return { organisations: loaded, ready: pending, nameOf: (id: string | undefined) => (id ? (loaded.value.find((o) => o.id === id)?.name ?? id) : '') };
};
