import { type Ref, ref, watch } from 'vue';

/**
 * Cursor paging over a filtered list: the page shown, the cursors of the pages before it (for 上一页) and
 * the next page's; a change of the filters starts again from the first page.
 */
export const useCursorPages = <T>(filters: object, fetch: (query: Record<string, unknown>) => Promise<{ items: T[]; cursor: string | null }>, limit = 20) => {
  const items = ref<T[]>([]) as Ref<T[]>;
  const loading = ref(false);
  const previous = ref<(string | undefined)[]>([]);
  const current = ref<string>();
  const next = ref<string | null>(null);
  const load = async (cursor?: string) => {
    loading.value = true;
    try {
      // Empty filters are left out rather than sent blank.
      const query = Object.fromEntries(Object.entries({ ...filters, cursor, limit }).filter(([, v]) => v !== undefined && v !== ''));
      const page = await fetch(query);
      items.value = page.items;
      next.value = page.cursor;
      current.value = cursor;
    } finally {
      loading.value = false;
    }
  };
  const first = () => {
    previous.value = [];
    return load();
  };
  watch(filters, () => void first());
  void load();
  return {
    items,
    loading,
    hasPrevious: () => previous.value.length > 0,
    hasNext: () => !!next.value,
    forward: () => {
      previous.value.push(current.value);
      void load(next.value ?? undefined);
    },
    back: () => void load(previous.value.pop()),
  };
};
