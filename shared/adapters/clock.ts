/** Time comes from a clock so domain code and tests never read the system time directly. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
