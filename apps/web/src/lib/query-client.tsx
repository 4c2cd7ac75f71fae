import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MutationCache, QueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { ApiError } from './api.ts';

/**
 * Queries retry transient failures twice and then show their own error state; a failed write that is
 * not the user's fault (network, 429, 5xx) raises a notification with a retry button.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) =>
        error instanceof ApiError && error.isTransient && error.status !== 429 && count < 2,
      refetchOnWindowFocus: false,
    },
  },
  mutationCache: new MutationCache({
    onError: (error, variables, _context, mutation) => {
      if (!(error instanceof ApiError) || !error.isTransient) return;
      const key = error.status === 429 ? 'tooMany' : error.status === 0 ? 'offline' : 'server';
      notifications.show({
        id: 'transient-error',
        color: 'red',
        title: i18n.t(`errors.${key}.title`),
        message: (
          <>
            {i18n.t(`errors.${key}.message`)}{' '}
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                notifications.hide('transient-error');
                void mutation.execute(variables).catch(() => undefined);
              }}
            >
              {i18n.t('common.retry')}
            </Button>
          </>
        ),
        autoClose: 15_000,
        withCloseButton: true,
      });
    },
  }),
});
