import type { Database } from '../../database';
import { createScaleSegments, type ScaleSegment } from './scale-segments';
import type { ScaleSizes } from './scale-sizes';
import { createScaleStaff, type ScaleStaff } from './scale-staff';

/** What the bulk statements refer to: the sizes and the ids of the small tables. */
export interface ScaleWorld {
  sizes: ScaleSizes;
  staff: ScaleStaff;
  /** The segments that have clients, in the order the SQL refers to them by position. */
  segments: ScaleSegment[];
}

/** The staff, segments and service paths, made with the factories the demo seed and tests use. */
export async function createScaleWorld(db: Database, sizes: ScaleSizes): Promise<ScaleWorld> {
  const staff = await createScaleStaff(db, sizes.coaches);
  const segments = await createScaleSegments(db, staff);
  return { sizes, staff, segments };
}
