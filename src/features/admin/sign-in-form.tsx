import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { adminSessionResponseSchema } from '../../../contract/admin.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { adminFetch } from './admin-api.ts';
import { AdminError } from './admin-error.tsx';
import { storeAdminToken } from './admin-token.ts';
import { adminQueries } from './queries.ts';

/** A password field checked against `GET /api/v1/admin/session`; only an accepted token is stored. */
export function SignInForm() {
  const { t } = useI18n('admin');
  const id = useId();
  const client = useQueryClient();
  const [token, setToken] = useState('');
  const [empty, setEmpty] = useState(false);
  const signIn = useMutation({
    mutationFn: (candidate: string) =>
      adminFetch('/api/v1/admin/session', adminSessionResponseSchema, { token: candidate }),
    onSuccess: (session, candidate) => {
      client.setQueryData(adminQueries.session().queryKey, session);
      storeAdminToken(candidate);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = token.trim();
    setEmpty(candidate === '');
    if (candidate) signIn.mutate(candidate);
  };

  return (
    <section className="admin-card admin-signin" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.signIn.heading')}</h2>
      <p className="muted">{t('admin.signIn.intro')}</p>
      <form onSubmit={submit} noValidate className="admin-form">
        <div className="admin-field">
          <label htmlFor={`${id}-token`}>{t('admin.signIn.token')}</label>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={empty || undefined}
            aria-describedby={empty ? `${id}-empty` : undefined}
          />
          {empty && (
            <p id={`${id}-empty`} className="admin-field__error">
              {t('admin.signIn.empty')}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('admin.signIn.checking') : t('admin.signIn.submit')}
        </button>
      </form>
      {signIn.isError && <AdminError error={signIn.error} offerSignIn={false} />}
    </section>
  );
}
