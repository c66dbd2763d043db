import { useId, type ReactNode } from 'react';
import { CopyButton } from '../../../../components/copy-button/copy-button';

type CodeSnippetProps = { title: string; code: string; copyLabel: string; hint?: ReactNode };

/** Code to paste, under its heading; long lines wrap inside the box, so a phone never scrolls sideways. */
export function CodeSnippet({ title, code, copyLabel, hint }: CodeSnippetProps) {
  const headingId = useId();
  return (
    <div className="code-snippet" role="group" aria-labelledby={headingId}>
      <div className="code-snippet__header">
        <h3 id={headingId} className="code-snippet__title">
          {title}
        </h3>
        <CopyButton value={code} label={copyLabel} />
      </div>
      <pre className="code-snippet__code">
        <code>{code}</code>
      </pre>
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
