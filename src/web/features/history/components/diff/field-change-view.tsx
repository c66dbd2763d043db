import { z } from 'zod';
import { assigneeSchema } from '../../../../../contract/assignee';
import { storedFilterGroupSchema } from '../../../../../contract/stored-filters';
import type { FieldChange } from '../../../../../rule-plans';
import { AssigneeLabelView } from '../../../../components/assignee-picker/assignee-label';
import { FilterPills } from '../../../../components/filter-builder/filter-pills';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { percentOfRate } from '../../../rules';

const fieldLabels: Record<string, string> = {
  filters: 'Filters',
  assignee: 'Assignee',
  description: 'Description',
  sampling_rate: 'Sampling rate',
};

const filtersValue = storedFilterGroupSchema;
const assigneeValue = assigneeSchema.nullable();
const textValue = z.string().nullable();
const rateValue = z.number();

function FieldValue({ field, value, lookup }: { field: string; value: unknown; lookup: AssigneeLookup }) {
  if (field === 'filters') {
    const filters = filtersValue.safeParse(value);
    if (filters.success) return <FilterPills group={filters.data} />;
  }
  if (field === 'assignee') {
    const assignee = assigneeValue.safeParse(value);
    if (assignee.success) return <AssigneeLabelView assignee={assignee.data} lookup={lookup} />;
  }
  if (field === 'description') {
    const text = textValue.safeParse(value);
    if (text.success)
      return text.data ? <q>{text.data}</q> : <span className="history-diff__none">No description</span>;
  }
  if (field === 'sampling_rate') {
    const rate = rateValue.safeParse(value);
    if (rate.success) return <span>Drops {percentOfRate(rate.data)}% of matches</span>;
  }
  return <code>{JSON.stringify(value)}</code>;
}

/** One field a change touched: its value before → after, each shown as the lists show it. */
export function FieldChangeView({ change, lookup }: { change: FieldChange; lookup: AssigneeLookup }) {
  const label = fieldLabels[change.field] ?? change.field;
  return (
    <div className="history-diff__field">
      <span className="history-diff__field-label">{label}</span>
      <div className="history-diff__values">
        <div className="history-diff__before">
          <span className="visually-hidden">Before: </span>
          <FieldValue field={change.field} value={change.before} lookup={lookup} />
        </div>
        <span className="history-diff__arrow" aria-hidden="true">
          →
        </span>
        <div className="history-diff__after">
          <span className="visually-hidden">After: </span>
          <FieldValue field={change.field} value={change.after} lookup={lookup} />
        </div>
      </div>
    </div>
  );
}
