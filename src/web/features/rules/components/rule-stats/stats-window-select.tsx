import { Select } from '../../../../components/ui/select';
import { statsWindows, type StatsWindowOption } from './stats-windows';

const options = statsWindows.map(({ value, label }) => ({ value, label: `Last ${label}` }));

type StatsWindowSelectProps = {
  value: StatsWindowOption['value'];
  onChange: (value: StatsWindowOption['value']) => void;
};

/** Over how long the rows' statistics are counted. */
export function StatsWindowSelect({ value, onChange }: StatsWindowSelectProps) {
  return (
    <Select
      className="stats-window-select"
      aria-label="Statistics window"
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}
