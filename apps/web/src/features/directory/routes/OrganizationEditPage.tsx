import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ForbiddenPage } from '../../../components/ErrorPages.tsx';
import { fieldErrorsOf } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { useOrganization } from '../api/useOrganization.ts';
import { useUpdateOrganization } from '../api/useUpdateOrganization.ts';
import { orgName } from '../components/names.ts';
import { OrganizationForm } from '../components/OrganizationForm.tsx';

export function OrganizationEditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('directory');
  const navigate = useNavigate();
  const query = useOrganization(id);
  const update = useUpdateOrganization(id);

  if (query.isPending) return <LoadingState rows={8} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const org = query.data;
  if (!org.canEdit) return <ForbiddenPage />;
  const back = `/directory/${org.id}`;
  return (
    <>
      <PageHeader
        title={t('organization.editTitle')}
        crumbs={[
          { label: t('nav.directory'), to: '/directory' },
          { label: orgName(org, i18n.language), to: back },
        ]}
      />
      <OrganizationForm
        organization={org}
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={update.error}
        onCancel={() => navigate(back)}
        onSubmit={(patch, setErrors) => {
          if (Object.keys(patch).length === 0) {
            navigate(back);
            return;
          }
          update.mutate(patch, {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('organization.saved') });
              navigate(back);
            },
            onError: (err) => setErrors(fieldErrorsOf(t, err)),
          });
        }}
      />
    </>
  );
}
