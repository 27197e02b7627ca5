// How big the synthetic data set is: the national scale of issue 9, and a tiny one for the integration test.

export type ScaleSize = {
  participants: number;
  placements: number;
  followUps: number;
  stageAssessments: number;
  /** The first this many of lib/domain/municipalities.ts (all 290 at national scale). */
  municipalities: number;
  providers: number;
  /** How far back the history reaches. */
  years: number;
};

export const SIZES = {
  national: { participants: 100_000, placements: 200_000, followUps: 2_000_000, stageAssessments: 400_000, municipalities: 290, providers: 3_000, years: 10 },
  tiny: { participants: 200, placements: 400, followUps: 2_000, stageAssessments: 800, municipalities: 12, providers: 40, years: 10 },
} as const satisfies Record<string, ScaleSize>;

export type SizeName = keyof typeof SIZES;

export function isSizeName(value: string): value is SizeName {
  return Object.hasOwn(SIZES, value);
}
