// The administrators' views as the server sends them (one source: @inohub/contracts/admin).
import type { AuditView, OutboxView, UserView } from '@inohub/contracts/admin';
import type { Wire } from '@inohub/contracts/wire';

export type AdminUser = Wire<typeof UserView>;
export type AuditEntry = Wire<typeof AuditView>;
export type OutboxMail = Wire<typeof OutboxView>;
