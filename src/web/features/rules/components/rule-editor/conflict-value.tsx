import { AssigneeLabel } from '../../../../components/assignee-picker/assignee-label';
import { FilterPills } from '../../../../components/filter-builder';
import type { RuleContent, RuleField } from './rule-content';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** One field of one version of a rule, as the rules list shows it. */
export function ConflictValue({ field, content }: { field: RuleField; content: RuleContent }) {
  switch (field) {
    case 'filters':
      return <FilterPills group={content.filters} />;
    case 'assignee':
      return <AssigneeLabel assignee={content.assignee ?? null} />;
    case 'sampling_rate':
      return <p className="rule-conflict__text">Drops {percent.format(content.sampling_rate ?? 1)} of matches</p>;
  }
}
