import { useEffect } from 'react';

export const productName = 'Triage Console';

/** Most specific first, as screen readers announce it. */
export function useDocumentTitle(...parts: Array<string | null | undefined>): void {
  const title = [...parts.filter(Boolean), productName].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
