import { Navigate } from 'react-router';

/** The lab opens on its first tool. */
export function RuleLabIndex() {
  return <Navigate to="explain" replace />;
}
