import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n.tsx';
import { loadedI18n } from '../../tests/translate.ts';
import { QueryGate } from './query-gate.tsx';

/** Two queries driven by the test: each resolves, fails or waits as its function says. */
function View({ first, second }: { first: () => Promise<string>; second: () => Promise<number> }) {
  const a = useQuery({ queryKey: ['a'], queryFn: first });
  const b = useQuery({ queryKey: ['b'], queryFn: second });
  return <QueryGate queries={[a, b]}>{(text, count) => <p>{`${text} × ${count}`}</p>}</QueryGate>;
}

function renderView(first: () => Promise<string>, second: () => Promise<number>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider i18n={loadedI18n.copy('en')} lang="en">
        <View first={first} second={second} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('QueryGate', () => {
  it('shows the loading state until every query has its data, then the view with the data in order', async () => {
    let resolveSecond: (value: number) => void = () => {};
    renderView(
      () => Promise.resolve('rows'),
      () => new Promise<number>((resolve) => (resolveSecond = resolve)),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Loading');
    resolveSecond(23);
    expect(await screen.findByText('rows × 23')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the failure with a retry that asks again only for what failed', async () => {
    let firstCalls = 0;
    let secondCalls = 0;
    renderView(
      () => {
        firstCalls += 1;
        return Promise.resolve('rows');
      },
      () => {
        secondCalls += 1;
        return secondCalls === 1 ? Promise.reject(new Error('The server could not be reached.')) : Promise.resolve(7);
      },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server could not be reached.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('rows × 7')).toBeInTheDocument();
    expect(secondCalls).toBe(2);
    expect(firstCalls).toBe(1);
  });
});
