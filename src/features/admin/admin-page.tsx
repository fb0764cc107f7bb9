import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { AdminError } from './admin-error.tsx';
import { AdminTabs, type AdminTab } from './admin-tabs.tsx';
import { clearAdminToken, useHasAdminToken } from './admin-token.ts';
import { AuditSection } from './audit/audit-section.tsx';
import { adminQueries } from './queries.ts';
import { ReleasesSection } from './releases/releases-section.tsx';
import { SignInForm } from './sign-in-form.tsx';
import { SigningsSection } from './signings/signings-section.tsx';
import { TargetsSection } from './targets/targets-section.tsx';
import { RosterSection } from './roster/roster-section.tsx';
import './admin.css';

const TAB_IDS = ['releases', 'signings', 'targets', 'roster', 'audit'] as const;
type TabId = (typeof TAB_IDS)[number];
const isTab = (value: string | null): value is TabId => TAB_IDS.includes(value as TabId);

/** `/admin?tab=…`: the coordinators' view. Everything behind a token checked by the server. */
export function AdminPage() {
  const { t } = useI18n('admin');
  useDocumentTitle(t('admin.heading'), t('app.title'));
  const signedIn = useHasAdminToken();
  return (
    <article className="page admin">
      <header className="page__header">
        <h1>{t('admin.heading')}</h1>
        <p className="lede">{t('admin.intro')}</p>
      </header>
      {signedIn ? <Workspace /> : <SignInForm />}
    </article>
  );
}

function Workspace() {
  const { t } = useI18n('admin');
  const client = useQueryClient();
  const session = useQuery(adminQueries.session());
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabId = isTab(tabParam) ? tabParam : 'releases';

  const signOut = () => {
    clearAdminToken();
    // Nothing a coordinator saw stays in memory for the next person at this screen.
    client.removeQueries({ queryKey: adminQueries.all() });
  };

  if (session.isPending) return <Loading />;
  if (session.isError) return <AdminError error={session.error} onRetry={() => void session.refetch()} />;
  const tabs: AdminTab<TabId>[] = TAB_IDS.map((id) => ({ id, label: t(`admin.tab.${id}`) }));
  return (
    <>
      <div className="admin-session">
        <p>{t('admin.signedInAs', { name: session.data.name })}</p>
        <button type="button" className="button button--quiet" onClick={signOut}>
          {t('admin.signOut')}
        </button>
      </div>
      <AdminTabs
        label={t('admin.tabs.label')}
        tabs={tabs}
        selected={tab}
        onSelect={(id) => setParams({ tab: id }, { replace: true })}
      >
        {tab === 'releases' && <ReleasesSection />}
        {tab === 'signings' && <SigningsSection />}
        {tab === 'targets' && <TargetsSection />}
        {tab === 'roster' && <RosterSection />}
        {tab === 'audit' && <AuditSection />}
      </AdminTabs>
    </>
  );
}
