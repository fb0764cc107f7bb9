import type { ReactNode } from 'react';
import { MethodNote } from './method-note.tsx';

interface HeadlineItemProps {
  /** What the figure is, read after it (dt). */
  label: string;
  figure: ReactNode;
  detail?: ReactNode;
  /** Method texts shown folded under the figure. */
  methods?: string[];
}

/** One figure of the headline list: figure, label, detail and, where there is a rule behind it, its method. */
export function HeadlineItem({ label, figure, detail, methods }: HeadlineItemProps) {
  return (
    <div className="headline__item">
      <dt>{label}</dt>
      <dd className="headline__figure">{figure}</dd>
      {detail !== undefined && <dd className="headline__detail">{detail}</dd>}
      {methods && (
        <dd className="headline__method">
          <MethodNote texts={methods} about={label} />
        </dd>
      )}
    </div>
  );
}
