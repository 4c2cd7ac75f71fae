import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormErrorSummary,
  fieldErrorsOf,
  fieldId,
  problemMessage,
} from '../../../components/form-errors.tsx';
import { Section } from '../../../components/Section.tsx';
import { ApiError } from '../../../lib/api.ts';
import type { OrganizationDetail } from '../api/types.ts';
import { useAddMember } from '../api/useAddMember.ts';
import { useRemoveMember } from '../api/useRemoveMember.ts';

type Member = OrganizationDetail['members'][number];

function AddMemberForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('directory');
  const add = useAddMember(organizationId);
  const form = useForm({ initialValues: { email: '', role: 'member' as 'owner' | 'member' } });
  const labels = { email: t('members.email'), role: t('members.role') };
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        add.mutate(values, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('members.added', { email: values.email }) });
            form.reset();
          },
          onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
        }),
      )}
    >
      <Title order={3} size="h5" mb="xs">
        {t('members.addTitle')}
      </Title>
      <FormErrorSummary error={add.error} labels={labels} />
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            id={fieldId('email')}
            type="email"
            required
            label={labels.email}
            description={t('members.emailHelp')}
            {...form.getInputProps('email')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            id={fieldId('role')}
            label={labels.role}
            allowDeselect={false}
            data={[
              { value: 'member', label: t('members.roles.member') },
              { value: 'owner', label: t('members.roles.owner') },
            ]}
            {...form.getInputProps('role')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }} pt={{ base: 0, sm: 32 }}>
          <Button
            type="submit"
            loading={add.isPending}
            leftSection={<IconUserPlus size={16} aria-hidden />}
            fullWidth
          >
            {t('members.add')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

function RemoveMemberDialog({
  organizationId,
  member,
  onClose,
}: {
  organizationId: string;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useTranslation('directory');
  const remove = useRemoveMember(organizationId);
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('members.removeTitle', { name: member.name })}
      centered
    >
      <Stack>
        <Text>{t('members.removeText', { name: member.name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(member.userId, {
                onSuccess: () => {
                  notifications.show({
                    color: 'green',
                    message: t('members.removed', { name: member.name }),
                  });
                  onClose();
                },
                onError: (err) => {
                  if (!(err instanceof ApiError && err.isTransient))
                    notifications.show({ color: 'red', message: problemMessage(t, err) });
                },
              })
            }
          >
            {t('members.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Who belongs to the organization; owners and admins add and remove people. */
export function MembersSection({ org }: { org: OrganizationDetail }) {
  const { t } = useTranslation('directory');
  const [removing, setRemoving] = useState<Member | null>(null);
  return (
    <Section framed title={t('members.title')}>
      {org.members.length === 0 ? (
        <Text c="dimmed">{t('members.none')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" p={0}>
          {org.members.map((m) => (
            <List.Item key={m.userId}>
              <Group gap="sm" wrap="nowrap">
                <Text fw={500}>{m.name}</Text>
                <Badge variant="light" color={m.role === 'owner' ? 'blue' : 'gray'}>
                  {t(`members.roles.${m.role}`)}
                </Badge>
                {org.canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('members.removeLabel', { name: m.name })}
                    onClick={() => setRemoving(m)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {org.canEdit && <AddMemberForm organizationId={org.id} />}
      {removing && (
        <RemoveMemberDialog organizationId={org.id} member={removing} onClose={() => setRemoving(null)} />
      )}
    </Section>
  );
}
