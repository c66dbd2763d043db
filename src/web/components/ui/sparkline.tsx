import { cx } from '../../lib/class-names';
import './sparkline.css';

type SparklineProps = {
  /** One bar per bucket, oldest first. */
  values: readonly number[];
  /** Drawn over `values` in the strong colour: the part of each bucket that counts most (at most the value). */
  highlighted?: readonly number[];
  /** The text alternative: what the bars show, in words. */
  label: string;
  className?: string;
};

const width = 48;
const height = 16;

/** A row of tiny bars, scaled to the largest value; an image with a text alternative for screen readers. */
export function Sparkline({ values, highlighted, label, className }: SparklineProps) {
  const top = Math.max(1, ...values);
  const step = width / Math.max(1, values.length);
  const bar = (value: number, index: number, tone: string) => {
    if (value <= 0) return null;
    const h = Math.max(1, (value / top) * height);
    return (
      <rect
        key={`${tone}-${index}`}
        className={`sparkline__${tone}`}
        x={index * step + step * 0.1}
        y={height - h}
        width={Math.max(0.5, step * 0.8)}
        height={h}
      />
    );
  };
  return (
    <svg
      className={cx('sparkline', className)}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
    >
      <line className="sparkline__base" x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
      {values.map((value, index) => bar(value, index, 'value'))}
      {highlighted?.map((value, index) => bar(Math.min(value, values[index] ?? 0), index, 'highlight'))}
    </svg>
  );
}
