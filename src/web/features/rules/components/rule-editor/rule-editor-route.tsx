import { matchPath, useLocation, useParams } from 'react-router';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { ruleKindOfPath, ruleKindUi } from '../../rule-kinds';
import { RuleEditorDialog } from './rule-editor-dialog';
import './rule-editor.css';

/** `…/<kind>-rules/new` and `…/<kind>-rules/:ruleId`: the editor over the list, closing back to it. */
export function RuleEditorRoute() {
  const { ruleId } = useParams();
  const { pathname, search } = useLocation();
  const environment = useCurrentEnvironment();
  const kind = ruleKindOfPath(matchPath('/env/:envId/:section/*', pathname)?.params.section);
  if (kind === null) return null;
  return (
    <RuleEditorDialog
      // A new rule id (or new → id) is another editor: no form state carries over.
      key={ruleId ?? 'new'}
      envId={environment.id}
      kind={kind}
      ruleId={ruleId ?? null}
      // The list keeps its search params (its text and assignee filters).
      listLocation={{ pathname: `/env/${environment.id}/${ruleKindUi[kind].path}`, search }}
    />
  );
}
