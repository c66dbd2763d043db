/** One measured figure: what, how much, in which unit, and the target it is held against (if any). */
export type BenchRow = {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
};
