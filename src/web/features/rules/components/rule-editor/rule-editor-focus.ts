import { createContext, useContext, type RefObject } from 'react';

/** Where the form puts its first control, which the dialog focuses when it opens with the form already in it. */
export const RuleEditorFocusContext = createContext<RefObject<HTMLElement | null>>({ current: null });

export const useRuleEditorFocus = () => useContext(RuleEditorFocusContext);
