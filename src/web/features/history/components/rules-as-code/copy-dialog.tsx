import { useId, useMemo, useState } from 'react';
import { ruleKinds as kindNames, type RuleKind } from '../../../../../contract/rules';
import { Button } from '../../../../components/ui/button';
import { Checkbox } from '../../../../components/ui/checkbox';
import { Dialog } from '../../../../components/ui/dialog';
import { ErrorState } from '../../../../components/ui/error-state';
import { Field } from '../../../../components/ui/field';
import { LoadingState } from '../../../../components/ui/loading-state';
import { Select } from '../../../../components/ui/select';
import { useEnvironments, type EnvironmentOption } from '../../../../data/environments/get-environments';
import { useCurrentRules } from '../../../../data/rule-plans/read-rule-snapshot';
import { useBackend } from '../../../../data/session/get-backend';
import type { CurrentEnvironment } from '../../../../lib/environments/current-environment';
import { ruleKinds } from '../../../rules';
import { PlanPanel } from '../plan/plan-panel';
import { copyTarget } from './copy-target';
import { useDocumentDirectory } from './use-export-document';

type Choice = { to: EnvironmentOption; kinds: RuleKind[] };

let reads = 0;

function CopyPlan({
  from,
  choice,
  onBack,
  onClose,
  onBusy,
}: {
  from: CurrentEnvironment;
  choice: Choice;
  onBack: () => void;
  onClose: () => void;
  onBusy: (busy: boolean) => void;
}) {
  const [readId] = useState(() => ++reads);
  const source = useCurrentRules(from.id, readId);
  const backend = useBackend();
  const { directory } = useDocumentDirectory();
  const target = useMemo(() => {
    if (!source.data || !backend.data) return null;
    const state = copyTarget(source.data.snapshot, directory, from, backend.data.mode, choice.kinds);
    return () => state;
  }, [source.data, backend.data, directory, from, choice.kinds]);

  if (source.isError) {
    return (
      <>
        <ErrorState
          title={`Could not read the rules of ${from.name}.`}
          error={source.error}
          onRetry={() => void source.refetch()}
          retrying={source.isFetching}
        />
        <footer className="dialog__footer">
          <Button onClick={onBack}>Back</Button>
        </footer>
      </>
    );
  }
  if (target === null) return <LoadingState label={`the rules of ${from.name}`} />;
  return (
    <PlanPanel
      request={{ envId: choice.to.id, label: `Copy from ${from.name}`, target }}
      environment={{ id: choice.to.id, name: choice.to.name }}
      onBack={onBack}
      onClose={onClose}
      onBusy={onBusy}
    />
  );
}

type CopyDialogProps = { environment: CurrentEnvironment; onClose: () => void };

/** Copy rules to another environment: pick it (and the lists), see the plan against it, then apply. */
export function CopyDialog({ environment, onClose }: CopyDialogProps) {
  const environments = useEnvironments();
  const others = (environments.data?.results ?? []).filter((each) => each.id !== environment.id);
  const [toId, setToId] = useState('');
  const [kinds, setKinds] = useState<RuleKind[]>([...kindNames]);
  const [planned, setPlanned] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const to = others.find((each) => String(each.id) === toId) ?? null;
  const reason =
    to === null ? 'Choose the environment to copy to.' : kinds.length === 0 ? 'Choose at least one list.' : null;

  return (
    <Dialog
      open
      size="large"
      title={planned ? `Copy rules to ${planned.to.name}` : 'Copy rules to another environment'}
      description={
        planned
          ? `The plan that makes ${planned.to.name}’s lists copies of ${environment.name}’s: rules it has that ${environment.name} does not are deleted. Nothing changes until you apply it.`
          : `${environment.name}’s rules as they are now, copied to another environment: rules already there with the same content are kept, the others are made to match.`
      }
      onRequestClose={() => {
        if (!busy) onClose();
      }}
    >
      {planned ? (
        <CopyPlan
          from={environment}
          choice={planned}
          onBack={() => setPlanned(null)}
          onClose={onClose}
          onBusy={setBusy}
        />
      ) : (
        <form
          className="copy-rules"
          onSubmit={(event) => {
            event.preventDefault();
            if (to !== null && kinds.length > 0) setPlanned({ to, kinds });
          }}
        >
          <Field label="Copy to">
            {(control) => (
              <Select
                {...control}
                options={others.map((each) => ({
                  value: String(each.id),
                  label: each.projectName ? `${each.projectName} / ${each.name}` : each.name,
                }))}
                value={toId}
                placeholder={environments.isPending ? 'Loading environments…' : 'Choose an environment'}
                onChange={setToId}
              />
            )}
          </Field>
          <fieldset className="copy-rules__kinds">
            <legend className="field__label">Lists to copy</legend>
            {kindNames.map((kind) => (
              <Checkbox
                key={kind}
                label={ruleKinds[kind].title}
                checked={kinds.includes(kind)}
                onChange={(event) =>
                  setKinds((current) =>
                    event.target.checked
                      ? kindNames.filter((each) => each === kind || current.includes(each))
                      : current.filter((each) => each !== kind),
                  )
                }
              />
            ))}
          </fieldset>
          <footer className="dialog__footer">
            {reason && (
              <p id={reasonId} className="import-dialog__reason">
                {reason}
              </p>
            )}
            <Button onClick={onClose}>Cancel</Button>
            <Button
              type="submit"
              variant="primary"
              aria-disabled={reason !== null || undefined}
              aria-describedby={reason ? reasonId : undefined}
            >
              Show the plan
            </Button>
          </footer>
        </form>
      )}
    </Dialog>
  );
}
