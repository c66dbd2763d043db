/**
 * The rule's id in 8 characters, for telling rules apart: the last ones of its uuid. PostHog's ids (and uuid v7)
 * begin with a timestamp, so rules made within the same minute share their first characters; the tail is random.
 */
export function shortRuleId(id: string): string {
  return id.replace(/-/g, '').slice(-8);
}
