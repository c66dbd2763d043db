import { useToast } from '../ui/use-toast';
import { IconButton } from '../ui/icon-button';
import './copy-button.css';

/** "abc123…" for labels: a fingerprint can be a long hash. */
export function shortValue(value: string, length = 12): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

/** Copies `value` with one click and says "Copied" (or why it could not) in a toast. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const toast = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast.show({ tone: 'success', message: 'Copied' });
    } catch {
      toast.show({ tone: 'error', message: 'Could not copy: the browser refused access to the clipboard.' });
    }
  };
  return (
    <IconButton aria-label={label} size="small" className="copy-button" onClick={() => void copy()}>
      <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
        <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
    </IconButton>
  );
}
