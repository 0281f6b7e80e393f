import { useAnnouncement } from './announcer';

/**
 * The polite live region that speaks announcements. A repeated message alternates a trailing
 * no-break space, so the region's text changes and a screen reader says it again.
 */
export function LiveRegion() {
  const { message, serial } = useAnnouncement();
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label="Announcements"
    >
      {message ? `${message}${serial % 2 === 0 ? '\u00a0' : ''}` : ''}
    </div>
  );
}
