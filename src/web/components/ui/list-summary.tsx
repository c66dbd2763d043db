import { countOf, formatCount } from '../../lib/format';

type ListSummaryProps = { count: number; shown: number; singular: string; plural?: string };

/** "3 rules", or "Showing 100 of 250 issues" when only the first page was loaded. */
export function ListSummary({ count, shown, singular, plural }: ListSummaryProps) {
  const total = countOf(count, singular, plural);
  return <p className="list-summary">{shown < count ? `Showing ${formatCount(shown)} of ${total}` : total}</p>;
}
