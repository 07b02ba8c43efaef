import { forbidden, invalidTransition } from '../http/errors.ts';
import type { RectificationView } from '../rectification/api.ts';
import type * as z from 'zod';

/** Evidence goes with progress and close-out requests: whoever may send those now may upload for the item. */
export const takesEvidence = (item: z.infer<typeof RectificationView>) => {
  if (item.status === 'closed' || item.status === 'cancelled') throw invalidTransition(`a ${item.status} item takes no more evidence`, { currentStatus: item.status, currentVersion: item.version });
  if (!item.actions.some((a) => a === 'progress' || a === 'request-close')) throw forbidden('only who reports this item\'s progress may add evidence to it now');
};
