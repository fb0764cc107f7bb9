import type { AuditEntry as Entry } from '../../../../contract/admin.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

const asText = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * One write: who, when, what, the summary in the reader's language, and before/after on
 * request. A refused write (412) keeps both sides: before is theirs, after is yours.
 */
export function AuditEntry({ entry }: { entry: Entry }) {
  const { t, lang } = useI18n('admin');
  const refused = entry.action === 'write.refused';
  return (
    <li className="admin-audit__entry">
      <p className="admin-audit__meta">
        <span className="admin-audit__action">{t(`admin.audit.action.${entry.action}`)}</span>{' '}
        <span className="muted">
          {t('admin.audit.entry', { id: entry.id, when: formatDateTime(entry.at, lang), who: entry.actor })}
        </span>
      </p>
      <p className="admin-audit__summary">{entry.summary[lang]}</p>
      <p className="admin-audit__subject">
        {t('admin.audit.subject')}: <code>{entry.subject}</code>
      </p>
      <details>
        <summary>{t(refused ? 'admin.audit.refusedDetails' : 'admin.audit.details')}</summary>
        <div className="admin-audit__diff">
          <div>
            <h4>{t(refused ? 'admin.audit.theirs' : 'admin.audit.before')}</h4>
            {entry.before === null ? (
              <p className="muted">{t('admin.audit.nothing')}</p>
            ) : (
              <pre tabIndex={0}>{asText(entry.before)}</pre>
            )}
          </div>
          <div>
            <h4>{t(refused ? 'admin.audit.yours' : 'admin.audit.after')}</h4>
            {entry.after === null ? (
              <p className="muted">{t('admin.audit.nothing')}</p>
            ) : (
              <pre tabIndex={0}>{asText(entry.after)}</pre>
            )}
          </div>
        </div>
      </details>
    </li>
  );
}
