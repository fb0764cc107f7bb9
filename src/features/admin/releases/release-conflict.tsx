import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import type { CurrentRelease } from './queries.ts';

interface Props {
  /** The release the coordinator's view was based on (the preview compared with it, the list showed it as current). */
  yours: string | null;
  /** The release current now, as the server's 412 says. */
  theirs: CurrentRelease;
  /** `upload`: the import was refused; `list`: making a release current was refused. */
  context: 'upload' | 'list';
  /** What to do now: preview again, or reload the list. */
  actions: ReactNode;
}

/** Someone else changed the current release meanwhile: nothing was written; whose change, and what to do. */
export function ReleaseConflict({ yours, theirs, context, actions }: Props) {
  const { t, lang } = useI18n('admin');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const none = t('admin.releaseConflict.none');
  const release = theirs.release;
  const name = release ? `${release.label[lang]} (${release.id})` : (theirs.currentReleaseId ?? none);
  const by = release?.importedAt
    ? t('admin.releaseConflict.by', { when: formatDateTime(release.importedAt, lang), who: release.importedBy ?? '–' })
    : '';
  return (
    <div className="state state--error admin-conflict" role="alert">
      <h3 ref={heading} tabIndex={-1} className="state__title">
        {t('admin.releaseConflict.heading')}
      </h3>
      <p>
        {t(context === 'upload' ? 'admin.releaseConflict.upload' : 'admin.releaseConflict.list', {
          yours: yours ?? none,
          theirs: name,
          by,
        })}
      </p>
      <div className="admin-actions">{actions}</div>
    </div>
  );
}
