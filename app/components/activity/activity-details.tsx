/** An entry's details as short readable lines: `role: coach → manager`, `ipAddress: 192.0.2.1`. */
export function ActivityDetails({ details }: { details: Record<string, unknown> }) {
  const lines = Object.entries(details).flatMap(([key, value]) =>
    key === 'changes' && value && typeof value === 'object'
      ? Object.entries(value as Record<string, { from?: unknown; to?: unknown }>).map(
          ([field, change]) => `${field}: ${show(change?.from)} → ${show(change?.to)}`,
        )
      : [`${key}: ${show(value)}`],
  );
  if (lines.length === 0) return null;
  return (
    <ul className="details-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
