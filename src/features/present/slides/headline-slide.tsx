import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import { HeadlineFigures } from '../../../figures/headline/index.ts';
import { SlideFrame, SourceLine, type FrameProps } from '../slide-frame.tsx';
import { slideState } from './slide-states.tsx';

/** The programme at a glance, drawn by the overview's own headline figures. */
export function HeadlineSlide(frame: FrameProps) {
  const { t } = useI18n('present');
  const cities = useQuery(cityQueries.list());
  return (
    <SlideFrame
      {...frame}
      kind="headline"
      kicker={t('app.tagline')}
      source={cities.data && <SourceLine release={cities.data.release} />}
    >
      {slideState([cities]) ?? (cities.data && <HeadlineFigures data={cities.data} />)}
    </SlideFrame>
  );
}
