import type { Executor } from '../database';

/** What the demo seed has created so far, for the parts of the seed that build on it. */
export interface DemoContext {
  tx: Executor;
  /** Demo account ids by key: admin, manager, coach, coach2, partner. */
  userId(key: string): string;
  /** Segment ids by their Finnish demo name (see demo-data.ts). */
  segmentId(name: string): string;
  /** Ids of the demo people of a segment, by the segment's demo name. */
  peopleOf(segmentName: string): string[];
}
