import { useDeprecationNotices, type DeprecationNotice } from '../../../lib/deprecation-notices';

function noticeText({ prefix, sunsetOn, deprecatedOn }: DeprecationNotice): string {
  const since = deprecatedOn ? ` since ${deprecatedOn}` : '';
  const until = sunsetOn ? `; it stops working on ${sunsetOn}` : '';
  return `PostHog marks ${prefix} as deprecated${since}${until}.`;
}

export function DeprecationsSection() {
  const notices = useDeprecationNotices();
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="settings-deprecations" className="panel">
      <h2 id="settings-deprecations">Deprecated PostHog paths</h2>
      <ul className="item-list" aria-labelledby="settings-deprecations">
        {notices.map((notice) => (
          <li key={notice.prefix} className="item">
            {noticeText(notice)}
          </li>
        ))}
      </ul>
    </section>
  );
}
