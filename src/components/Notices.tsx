import { useEffect, useState } from 'react';

export function Notices({ notices }: { notices: string[] }) {
  const [shown, setShown] = useState(notices);
  useEffect(() => setShown(notices), [notices]);
  if (shown.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {shown.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setShown([])} aria-label="Meldingen sluiten">
        Sluiten
      </button>
    </div>
  );
}
