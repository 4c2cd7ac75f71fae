// The profile as the server sends it (one source: @inohub/contracts/directory).
import type { ProfilePublicField, ProfileView } from '@inohub/contracts/directory';
import type { Wire } from '@inohub/contracts/wire';

export { PROFILE_PUBLIC_FIELDS as PUBLIC_FIELDS } from '@inohub/contracts/directory';
export type PublicField = ProfilePublicField;
export type Profile = Wire<typeof ProfileView>;
