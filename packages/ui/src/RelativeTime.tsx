// A moment as "5 minutes ago", in a <time> element whose title (on hover) and machine value give the
// exact time: recent activity reads at a glance, and the precise moment is a hover away.
import { formatDateTime, formatRelativeTime } from './format';

export function RelativeTime({ value }: { value: string }) {
  const exact = formatDateTime(value, { withTimeZone: true });
  return (
    <time dateTime={value} title={exact}>
      {formatRelativeTime(value)}
      <span className="coverline-visually-hidden"> ({exact})</span>
    </time>
  );
}
