import { TTLCache } from '@isaacs/ttlcache';

/**
 * Settings a warm function may reuse for `ttlMs` (a bureau's calendar, its rules): read once, shared by the
 * requests that arrive meanwhile; a failed read is not kept. `forget` is for the process that changed them.
 */
export const warmCache = <T>(ttlMs: number) => {
  const cache = new TTLCache<string, Promise<T>>({ ttl: ttlMs, max: 1000 });
  return {
    get: (key: string, load: () => Promise<T>): Promise<T> => {
      const kept = cache.get(key);
      if (kept) return kept;
      const loading = load();
      cache.set(key, loading);
      loading.catch(() => cache.delete(key));
      return loading;
    },
    /** Whether there was something to forget. */
    forget: (key: string) => cache.delete(key),
  };
};
