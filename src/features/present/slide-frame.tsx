import type { ReactNode } from 'react';
import type { Release } from '../../../contract/common.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { SlideKind } from './deck.ts';

/** What the presenter hands every slide: its title, its place in the deck and the controls for the footer. */
export interface FrameProps {
  /** The slide's heading; the presenter announces the same words. */
  title: string;
  /** 1-based position and the deck's length, shown as "3 / 5". */
  number: number;
  count: number;
  /** The presenter's buttons, set in the footer beside the number. */
  controls: ReactNode;
  /** A note above the heading (problems with the deck link), on the first slide only. */
  notice?: ReactNode;
}

interface SlideFrameProps extends FrameProps {
  kind: SlideKind;
  /** Where the figures come from; null while they load. */
  source: ReactNode;
  /** A short line under the heading. */
  kicker?: ReactNode;
  children: ReactNode;
}

/** One full-screen slide: heading, body, and a footer with the source line and the slide number. */
export function SlideFrame({
  kind,
  title,
  number,
  count,
  controls,
  notice,
  source,
  kicker,
  children,
}: SlideFrameProps) {
  const { t } = useI18n('present');
  return (
    <section
      className={`slide slide--${kind}`}
      aria-roledescription={t('present.slide')}
      aria-labelledby="slide-title"
      data-kind={kind}
    >
      {notice}
      <header className="slide__header">
        <h1 id="slide-title" className="slide__title">
          {title}
        </h1>
        {kicker && <p className="slide__kicker">{kicker}</p>}
      </header>
      <div className="slide__body">{children}</div>
      <footer className="slide__footer">
        <p className="slide__source">{source}</p>
        <div className="slide__nav">
          <p className="slide__number">
            <span aria-hidden="true">
              {number} / {count}
            </span>
            <span className="visually-hidden">{t('present.numberLabel', { number, count })}</span>
          </p>
          {controls}
        </div>
      </footer>
    </section>
  );
}

/** "Källa: SMHI … Version: SMHI, utsläpp t.o.m. 2024 (publicerad 2026)." plus anything a slide adds. */
export function SourceLine({ release, extra }: { release: Release; extra?: string }) {
  const { t, lang } = useI18n('present');
  return (
    <>
      {t('present.source', { attribution: release.source.attribution[lang], release: release.label[lang] })}
      {extra && ` ${extra}`}
    </>
  );
}
