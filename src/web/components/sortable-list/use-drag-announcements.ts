import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createAnnouncements, dragPhrases, screenReaderInstructions, type ListSnapshot } from './announcements';

/** `phrases` and `announce` are for keyboard drags: the list runs those itself, not through dnd-kit. */
export function useDragAnnouncements(
  ids: readonly string[],
  labelOf: (id: string) => string,
  instructions: string | undefined,
) {
  const snapshot = useRef<ListSnapshot>({ ids: [], labelOf: () => '' });
  useLayoutEffect(() => {
    snapshot.current = { ids, labelOf };
  });
  const [announcement, announce] = useState('');
  const { accessibility, phrases } = useMemo(() => {
    // The callbacks run in drag events, never during render.
    const read = () => snapshot.current;
    return {
      accessibility: {
        // eslint-disable-next-line react-hooks/refs
        announcements: createAnnouncements(read, announce),
        screenReaderInstructions: screenReaderInstructions(instructions),
      },
      // eslint-disable-next-line react-hooks/refs
      phrases: dragPhrases(read),
    };
  }, [instructions]);
  return { announcement, announce, accessibility, phrases };
}
