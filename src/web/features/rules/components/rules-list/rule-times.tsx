import { RelativeTime } from '../../../../components/ui/relative-time';

/** "Created 2 months ago · updated 3 days ago"; the exact time is the title. */
export function RuleTimes({ createdAt, updatedAt }: { createdAt: string | null; updatedAt: string | null }) {
  // Older PostHog versions send no times for assignment rules.
  if (createdAt === null) return null;
  return (
    <p className="rule-row__times">
      Created <RelativeTime iso={createdAt} />
      {updatedAt && updatedAt !== createdAt && (
        <>
          {' · updated '}
          <RelativeTime iso={updatedAt} />
        </>
      )}
    </p>
  );
}
