import { createHash } from 'node:crypto';

/**
 * How one subject (a rectification item, a submission, a filing) counts in the reports.
 *
 * The reporting consumer keeps the latest state it has seen of every subject (its "fact") and, when
 * the fact changes, moves the counters by the difference between what the old state and the new state
 * contribute. A duplicate or older event leaves the fact unchanged and so moves nothing: the counters
 * always equal the sum of the contributions of the subjects' latest states, whatever the arrival order.
 */
export type Family = 'rectifications' | 'inspections' | 'checklists';

/** Additive figures of one row: a period (`M2026-07`, `Y2026`) and a dimension (`{ agency: … }`). */
export type Tally = { family: Family; period: string; dimension: Record<string, string>; counts: Record<string, number>; labels?: Record<string, string> };

/**
 * One occurrence of a member (an enterprise, an assessed subject) in a distribution: the store keeps
 * each member's count and a histogram of counts (`inspections:3` = members seen three times), from
 * which distinct members, the distribution and the maximum are read without listing the members.
 */
export type Membership = { family: Family; period: string; dimension: Record<string, string>; name: string; member: string };

export type Contributions = { tallies: Tally[]; memberships: Membership[] };
export const none: Contributions = { tallies: [], memberships: [] };

/** Scores are decimals: keep sums free of binary rounding residue. */
const exact = (n: number) => Math.round(n * 1e6) / 1e6;

export const dimensionKey = (dimension: Record<string, string>) =>
  Object.keys(dimension)
    .sort()
    .map((k) => `${k}=${dimension[k]}`)
    .join('|');
export const rowKey = (t: Pick<Tally, 'period' | 'dimension'>) => `${t.period}#${dimensionKey(t.dimension)}`;
const tallyKey = (t: Tally) => `${t.family}#${rowKey(t)}`;
export const membershipKey = (m: Membership) => `${m.family}#${rowKey(m)}#${m.name}#${m.member}`;

/** The counter moves that turn `before`'s contributions into `after`'s: zero moves are left out. */
export const difference = (before: Contributions, after: Contributions) => {
  const tallies = new Map<string, Tally>();
  const add = (t: Tally, sign: 1 | -1) => {
    const key = tallyKey(t);
    const row = tallies.get(key) ?? { family: t.family, period: t.period, dimension: t.dimension, counts: {} };
    for (const [name, n] of Object.entries(t.counts)) row.counts[name] = exact((row.counts[name] ?? 0) + sign * n);
    if (sign === 1 && t.labels) row.labels = { ...row.labels, ...t.labels };
    tallies.set(key, row);
  };
  before.tallies.forEach((t) => add(t, -1));
  after.tallies.forEach((t) => add(t, 1));

  const memberships = new Map<string, { membership: Membership; delta: number }>();
  const move = (m: Membership, sign: 1 | -1) => {
    const key = membershipKey(m);
    memberships.set(key, { membership: m, delta: (memberships.get(key)?.delta ?? 0) + sign });
  };
  before.memberships.forEach((m) => move(m, -1));
  after.memberships.forEach((m) => move(m, 1));

  return {
    tallies: [...tallies.values()]
      .map((t) => ({ ...t, counts: Object.fromEntries(Object.entries(t.counts).filter(([, n]) => n !== 0)) }))
      .filter((t) => Object.keys(t.counts).length > 0),
    memberships: [...memberships.values()].filter((m) => m.delta !== 0),
  };
};

/**
 * Counter shards per family: a busy tenant's writes for one period spread over this many partition
 * keys (chosen by a hash of the subject), so no single counter item takes every update (hot key).
 */
export const counterShards = 8;
export const shardOf = (key: string) => createHash('sha1').update(key).digest().readUInt32BE(0) % counterShards;

/** Collects tallies into counter items: one per (family, shard, row), figures added and labels merged. */
export const counterRows = () => {
  const rows = new Map<string, { shard: number; tally: Tally }>();
  return {
    add: (shard: number, t: Tally) => {
      const key = `${t.family}#${shard}#${rowKey(t)}`;
      const row = rows.get(key) ?? { shard, tally: { ...t, counts: {}, labels: {} } };
      for (const [name, n] of Object.entries(t.counts)) row.tally.counts[name] = (row.tally.counts[name] ?? 0) + n;
      Object.assign(row.tally.labels!, t.labels);
      rows.set(key, row);
    },
    rows: () => [...rows.values()],
  };
};

/** Sums tallies per (family, row, figure): what the counters of a period should hold. */
export const sumTallies = (tallies: readonly Pick<Tally, 'family' | 'period' | 'dimension' | 'counts'>[]) => {
  const sums = new Map<string, number>();
  for (const t of tallies) {
    for (const [name, n] of Object.entries(t.counts)) {
      const key = `${t.family}#${rowKey(t)}#${name}`;
      sums.set(key, exact((sums.get(key) ?? 0) + n));
    }
  }
  return sums;
};

/** The histogram figures that member counts give: `name:k` = members seen k times. */
export const histogramTallies = (memberships: readonly Membership[]): (Tally & { member: string })[] => {
  const counts = new Map<string, { m: Membership; n: number }>();
  for (const m of memberships) {
    const key = membershipKey(m);
    counts.set(key, { m, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  return [...counts.values()].map(({ m, n }) => ({ family: m.family, period: m.period, dimension: m.dimension, member: m.member, counts: { [`${m.name}:${n}`]: 1 } }));
};
