import { ref } from 'vue';
import { api, unwrap } from './api.ts';

type Organisation = { id: string; name: string; kind: string; active: boolean };

/** The bureau's organisations, read once per page load (names for ids, pickers). */
const loaded = ref<Organisation[]>([]);
let pending: Promise<void> | undefined;
export const useOrganisations = () => {
  pending ??= unwrap(api.GET('/v1/organisations', { params: { query: {} } })).then((answer) => void (loaded.value = (answer as { organisations: Organisation[] }).organisations));
  return { organisations: loaded, ready: pending, nameOf: (id: string | undefined) => (id ? (loaded.value.find((o) => o.id === id)?.name ?? id) : '') };
};
