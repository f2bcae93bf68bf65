import { Link } from '@remix-run/react';

/** The link above a page's heading back to where the page belongs: a list, or a client. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p>
      <Link to={to}>← {label}</Link>
    </p>
  );
}
