import { useId, useMemo, useState } from 'react';
import type { RulesDocument } from '../../../../../contract/rules-document';
import { fromRulesDocument } from '../../../../../rule-plans';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import type { CurrentEnvironment } from '../../../../lib/environments/current-environment';
import { useBackend } from '../../../../data/session/get-backend';
import { PlanPanel } from '../plan/plan-panel';
import { AssigneeMappingFields } from './assignee-mapping-fields';
import { mappingComplete, mappingOf, type AssigneeChoices } from './assignee-mapping';
import { readRulesDocument } from './read-rules-document';
import { useDocumentDirectory } from './use-export-document';

type Step = 'document' | 'assignees' | 'plan';
type Loaded = { document: RulesDocument; from: string };

type Pasted = { text: string; fileName: string | null };
type DocumentStepProps = {
  pasted: Pasted;
  onPaste: (pasted: Pasted) => void;
  onLoaded: (loaded: Loaded) => void;
  onClose: () => void;
};

function DocumentStep({ pasted, onPaste, onLoaded, onClose }: DocumentStepProps) {
  const { text, fileName } = pasted;
  const [problems, setProblems] = useState<string[]>([]);
  const fileId = useId();
  const textId = useId();
  const problemsId = useId();
  const check = (value: string, name: string | null) => {
    const checked = readRulesDocument(value);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    const source = checked.document.source;
    const from = name ?? (source ? `${source.environment.name} (environment ${source.environment.id})` : 'pasted JSON');
    onLoaded({ document: checked.document, from });
  };
  return (
    <form
      className="import-document"
      onSubmit={(event) => {
        event.preventDefault();
        check(text, fileName);
      }}
    >
      <div className="field">
        <label htmlFor={fileId} className="field__label">
          Rules document file
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          className="import-document__file"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const content = await file.text();
            onPaste({ text: content, fileName: file.name });
            check(content, file.name);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={textId} className="field__label">
          Or paste the JSON
        </label>
        <textarea
          id={textId}
          className="input import-document__text"
          rows={8}
          spellCheck={false}
          value={text}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? problemsId : undefined}
          placeholder='{"version": 1, "assignment": [ … ], "grouping": [ … ], "suppression": [ … ]}'
          onChange={(event) => onPaste({ text: event.target.value, fileName: null })}
        />
      </div>
      {problems.length > 0 && (
        <div id={problemsId} className="import-document__problems" role="alert">
          <p className="import-document__problems-title">
            {problems.length === 1
              ? 'This document cannot be imported:'
              : `This document has ${problems.length} problems:`}
          </p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <footer className="dialog__footer">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary">
          Check document
        </Button>
      </footer>
    </form>
  );
}

type ImportDialogProps = { environment: CurrentEnvironment; onClose: () => void };

/**
 * Import: a document (a file or pasted JSON), checked with every problem on screen; the people and roles it names
 * that this organization lacks, each given someone here or nobody; then the plan against this environment.
 */
export function ImportDialog({ environment, onClose }: ImportDialogProps) {
  const [step, setStep] = useState<Step>('document');
  const [pasted, setPasted] = useState<Pasted>({ text: '', fileName: null });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<AssigneeChoices>({});
  const [busy, setBusy] = useState(false);
  const [planKey, setPlanKey] = useState(0);
  const reasonId = useId();
  const { directory } = useDocumentDirectory();
  const backend = useBackend();

  // Ids of people the directory did not list mean the same people only back where the document came from.
  const fromHere = (document: RulesDocument) =>
    document.source?.environment.id === environment.id && document.source.mode === backend.data?.mode;
  const sameOrganization = loaded !== null && fromHere(loaded.document);
  const resolved = useMemo(
    () => loaded && fromRulesDocument(loaded.document, directory, { mapping: mappingOf(choices), sameOrganization }),
    [loaded, directory, choices, sameOrganization],
  );
  const unresolved = useMemo(
    () => (loaded ? fromRulesDocument(loaded.document, directory, { sameOrganization }).unresolved : []),
    [loaded, directory, sameOrganization],
  );

  const showPlan = () => {
    setPlanKey((key) => key + 1);
    setStep('plan');
  };

  let body;
  if (step === 'document' || loaded === null || resolved === null) {
    body = (
      <DocumentStep
        pasted={pasted}
        onPaste={setPasted}
        onClose={onClose}
        onLoaded={(next) => {
          setLoaded(next);
          setChoices({});
          const { unresolved: unknown } = fromRulesDocument(next.document, directory, {
            sameOrganization: fromHere(next.document),
          });
          if (unknown.length > 0) setStep('assignees');
          else showPlan();
        }}
      />
    );
  } else if (step === 'assignees') {
    const complete = mappingComplete(unresolved, choices);
    body = (
      <>
        <p className="import-dialog__intro">
          The document names {unresolved.length === 1 ? 'someone' : `${unresolved.length} people or roles`} this
          organization does not have. Choose who takes each one’s place here, or leave their rules unassigned.
        </p>
        <AssigneeMappingFields
          unresolved={unresolved}
          choices={choices}
          onChange={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
        />
        <footer className="dialog__footer">
          {!complete && (
            <p id={reasonId} className="import-dialog__reason">
              Choose for each one first.
            </p>
          )}
          <Button onClick={() => setStep('document')}>Back</Button>
          <Button
            variant="primary"
            aria-disabled={!complete || undefined}
            aria-describedby={complete ? undefined : reasonId}
            onClick={() => complete && showPlan()}
          >
            Show the plan
          </Button>
        </footer>
      </>
    );
  } else {
    const { target } = resolved;
    body = (
      <PlanPanel
        key={planKey}
        request={{ envId: environment.id, label: `Import of ${loaded.from}`.slice(0, 200), target: () => target }}
        environment={environment}
        onClose={onClose}
        onBusy={setBusy}
        onBack={() => setStep(unresolved.length > 0 ? 'assignees' : 'document')}
      />
    );
  }

  return (
    <Dialog
      open
      size="large"
      title={`Import rules into ${environment.name}`}
      description={
        step === 'plan'
          ? `The plan from ${loaded?.from ?? 'the document'} to ${environment.name}. Nothing changes until you apply it.`
          : 'A rules document, as Export writes it. Lists the document leaves out are left as they are.'
      }
      onRequestClose={() => {
        if (!busy) onClose();
      }}
    >
      {body}
    </Dialog>
  );
}
