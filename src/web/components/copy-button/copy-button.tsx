import { useToast } from '../ui/use-toast';
import { IconButton } from '../ui/icon-button';

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
      ⧉
    </IconButton>
  );
}
