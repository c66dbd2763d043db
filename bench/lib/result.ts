export type BenchRow = {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
};
