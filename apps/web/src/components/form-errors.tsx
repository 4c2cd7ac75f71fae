import { Alert, Anchor, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../lib/api.ts';

/** The DOM id of a form field, so that the error summary can link to it. */
export const fieldId = (name: string) => `field-${name.replaceAll('.', '-')}`;

/** `body.links.0.url` → `links.0.url` (the form's own path). */
export const fieldPath = (field: string) => field.replace(/^(body|query|params|querystring)\./, '');

export function fieldMessage(t: TFunction, error: FieldError): string {
  const field = fieldPath(error.field);
  const keys = [`fieldErrors.${field.replaceAll('.', '_')}.${error.code}`, `fieldErrors.${error.code}`];
  const key = keys.find((k) => t(k, { defaultValue: '' }) !== '');
  return key ? t(key) : error.message;
}

/** The sentence for a failed request, by its problem code, else by its status. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  const byCode = t(`problems.${error.code.replaceAll('.', '_')}`, { defaultValue: '' });
  if (byCode) return byCode;
  if (error.status === 0) return t('errors.offline.message');
  if (error.status === 429) return t('errors.tooMany.message');
  if (error.status >= 500) return t('errors.server.message');
  if (error.status === 401) return t('errors.unauthenticated');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 409) return t('errors.conflict');
  return t('errors.invalid');
}

/** Server field errors as a map for `form.setErrors`, keyed by the form's own paths. */
export function fieldErrorsOf(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.errors.map((e) => [fieldPath(e.field), fieldMessage(t, e)]));
}

interface SummaryProps {
  error: unknown;
  /** Field path → its label, in the order of the form. */
  labels: Record<string, string>;
}

/**
 * The error summary at the top of a form (GOV.UK pattern): what went wrong, with a link to each
 * field. Transient failures are left to the notification with its retry button.
 */
export function FormErrorSummary({ error, labels }: SummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = Boolean(error) && !(error instanceof ApiError && error.isTransient);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again for each new error, even while one is shown
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, error]);
  if (!shown) return null;
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  const focus = (name: string) => (event: React.MouseEvent) => {
    const el = document.getElementById(fieldId(name));
    if (!el) return;
    event.preventDefault();
    el.focus();
  };
  return (
    <Alert
      color="red"
      role="alert"
      title={fieldErrors.length ? t('errors.summaryTitle') : problemMessage(t, error)}
      mb="md"
    >
      {fieldErrors.length > 0 && (
        <List size="sm" spacing={4}>
          {fieldErrors.map((e) => {
            const name = fieldPath(e.field);
            return (
              <List.Item key={`${e.field}-${e.message}`}>
                <Anchor href={`#${fieldId(name)}`} onClick={focus(name)} c="red.9" fz="sm" fw={500}>
                  {labels[name] ?? name}: {fieldMessage(t, e)}
                </Anchor>
              </List.Item>
            );
          })}
        </List>
      )}
    </Alert>
  );
}
