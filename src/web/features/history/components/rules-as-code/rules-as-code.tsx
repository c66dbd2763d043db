export function RulesAsCode({ writeOff }: { writeOff: string | null }) {
  return <div className="rules-as-code">{writeOff}</div>;
}
