/**
 * A uuid in 8 characters, shown beside a title to tell items apart: the last ones. PostHog's ids (uuid v7) begin
 * with a timestamp, so items made within the same minute (every issue of one split) share their first characters.
 */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(-8);
}
