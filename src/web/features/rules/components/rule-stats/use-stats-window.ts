import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { defaultStatsWindow, statsWindows, type StatsWindowOption } from './stats-windows';

const param = 'window';

/** The statistics' window lives in the URL (`?window=30d`), beside the list's filters; 7 days when it is absent. */
export function useStatsWindow(): [StatsWindowOption, (value: StatsWindowOption['value']) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const current = statsWindows.find((option) => option.value === searchParams.get(param)) ?? defaultStatsWindow;
  const choose = useCallback(
    (value: StatsWindowOption['value']) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(param, value);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [current, choose];
}
