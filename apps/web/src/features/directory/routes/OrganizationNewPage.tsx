import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useCreateOrganization } from '../api/useCreateOrganization.ts';
import { OrganizationForm } from '../components/OrganizationForm.tsx';

export function OrganizationNewPage() {
  const { t } = useTranslation('directory');
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <>
      <PageHeader
        title={t('organization.newTitle')}
        crumbs={[{ label: t('nav.directory'), to: '/directory' }]}
        description={t('organization.newIntro')}
      />
      <OrganizationForm
        submitLabel={t('organization.create')}
        pending={create.isPending}
        error={create.error}
        onCancel={() => navigate('/directory')}
        onSubmit={(input, setErrors) =>
          create.mutate(input, {
            onSuccess: (org) => {
              notifications.show({ color: 'green', message: t('organization.created') });
              navigate(`/directory/${org.id}`);
            },
            onError: (err) => setErrors(fieldErrorsOf(t, err)),
          })
        }
      />
    </>
  );
}
