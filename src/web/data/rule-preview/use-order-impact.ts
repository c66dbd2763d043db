import { useCallback, useEffect, useRef } from 'react';
import type { RuleKind } from '../../../contract/rules';
import type { EngineRules } from '../../../rule-engine/types';
import type { OrderImpact } from '../../lib/rule-outcomes/order-impact-job';
import { previewLimit, usePreviewWindow } from '../../lib/use-preview-window';
import type { PreviewProgress } from './preview-messages';
import { previewWorker, type PreviewRun } from './preview-worker-client';
import { useEngineRules } from './use-engine-rules';

/**
 * What a new order of the kind's rules would change for the recent exceptions of the preview window (`check`),
 * against the rules as they are; null while the rules are not in. `warm` works out the current order's outcomes
 * ahead of a drop, so that the check after it reads what is already known; nothing is fetched before it is called.
 */
export function useOrderImpact(envId: number, kind: RuleKind) {
  const rules = useEngineRules(envId);
  const ready = rules.status === 'ready' ? rules.rules : null;
  const [days] = usePreviewWindow();
  const warmed = useRef<{ rules: EngineRules; days: number } | null>(null);
  const warming = useRef<PreviewRun<OrderImpact> | null>(null);

  const check = useCallback(
    (order: readonly string[], onProgress?: (progress: PreviewProgress) => void) =>
      ready &&
      previewWorker().orderImpact({ envId, days, limit: previewLimit }, { kind, rules: ready, order }, onProgress),
    [envId, days, kind, ready],
  );

  const warm = useCallback(() => {
    if (!ready || (warmed.current?.rules === ready && warmed.current.days === days)) return;
    warmed.current = { rules: ready, days };
    warming.current?.cancel();
    warming.current = check(ready[kind].map((rule) => rule.id));
    warming.current?.result.catch(() => {});
  }, [ready, days, kind, check]);

  useEffect(() => () => warming.current?.cancel(), []);
  return { check: ready ? check : null, warm };
}
