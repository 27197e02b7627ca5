// Chart colours with at least 4.5:1 contrast against white (WCAG AA for text and 3:1 for graphics);
// every series also differs by pattern or marker, never by colour alone.
export const CHART = {
  bar: "#1d5c47", // brand-700: 7.6:1 on white
  lineA: "#1d5c47",
  lineB: "#8a3b12", // 7.0:1 on white
  axis: "#57534e", // stone-600: 7.6:1
  grid: "#d6d3d1",
  text: "#1c1917",
} as const;
