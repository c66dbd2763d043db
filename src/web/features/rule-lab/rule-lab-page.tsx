import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import './rule-lab.css';

/** The lab's tools share one header and a row of tabs-as-links, so each tool has its own URL. */
export function RuleLabPage() {
  return (
    <>
      <PageHeader
        title="Rule Lab"
        description="What your rules do to an exception, worked out the way PostHog’s ingestion does it, before they act on real traffic."
      />
      <nav className="rule-lab__tools" aria-label="Rule Lab tools">
        <NavLink to="explain" className="rule-lab__tool">
          Explain an exception
        </NavLink>
        <NavLink to="reapply" className="rule-lab__tool">
          Re-apply assignment rules
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
