import type { AssigneeDisplay } from '../../data/organization/assignee-names';
import { AvatarInitials } from '../ui/avatar-initials';
import './assignee-identity.css';

export function AssigneeIdentity({
  display,
  seed,
  showDetail = false,
}: {
  display: AssigneeDisplay;
  seed: string;
  showDetail?: boolean;
}) {
  return (
    <span className="assignee-identity">
      <AvatarInitials
        name={display.name}
        initials={display.initials}
        seed={seed}
        shape={display.kind === 'role' ? 'square' : 'round'}
      />
      <span className="assignee-identity__name">{display.name}</span>
      {showDetail && display.detail && <span className="assignee-identity__detail">{display.detail}</span>}
    </span>
  );
}
