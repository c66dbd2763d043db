import { useId, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { CopyDialog } from './copy-dialog';
import { ImportDialog } from './import-dialog';
import { useExportDocument } from './use-export-document';
import './rules-as-code.css';

/** Export, Import and Copy to another environment: the rules as a document, and plans from one. */
export function RulesAsCode({ writeOff }: { writeOff: string | null }) {
  const environment = useCurrentEnvironment();
  const exporting = useExportDocument(environment);
  const [open, setOpen] = useState<'import' | 'copy' | null>(null);
  const reasonId = useId();
  const write = (label: string, dialog: 'import' | 'copy') => (
    <Button
      aria-disabled={writeOff !== null || undefined}
      aria-describedby={writeOff ? reasonId : undefined}
      onClick={() => writeOff === null && setOpen(dialog)}
    >
      {label}
    </Button>
  );
  return (
    <div className="rules-as-code" role="group" aria-label="Rules as code">
      <Button busy={exporting.busy} onClick={exporting.run}>
        {exporting.busy ? 'Exporting…' : 'Export'}
      </Button>
      {write('Import…', 'import')}
      {write('Copy to another environment…', 'copy')}
      {writeOff && (
        <span id={reasonId} className="visually-hidden">
          {writeOff}
        </span>
      )}
      {open === 'import' && <ImportDialog environment={environment} onClose={() => setOpen(null)} />}
      {open === 'copy' && <CopyDialog environment={environment} onClose={() => setOpen(null)} />}
    </div>
  );
}
