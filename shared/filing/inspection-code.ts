import { randomBytes, randomInt } from 'node:crypto';
import type { CalendarDate } from '../calendar/working-calendar.ts';
import type { InspectionCode } from './filing.ts';

// Letters and digits that cannot be mistaken for each other when read aloud or typed.
const readable = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A new code for an accepted filing: `JC261207-7K3F9Q` to read aloud, and a 32-character token; the QR
 * label holds the verification address with the token.
 */
export const newInspectionCode = (window: { from: CalendarDate; to: CalendarDate }, verifyBaseUrl: string): InspectionCode => {
  const token = randomBytes(24).toString('base64url');
  return {
    display: `JC${window.from.slice(2).replaceAll('-', '')}-${Array.from({ length: 6 }, () => readable[randomInt(readable.length)]).join('')}`,
    token,
    validFrom: window.from,
    validTo: window.to,
    qrContent: `${verifyBaseUrl.replace(/\/$/, '')}/${token}`,
  };
};
