import { z } from 'zod';
import { ROLES } from './roles.ts';

export { isRole, ROLES, type Role, SELF_SERVICE_ROLES } from './roles.ts';
export const RoleSchema = z.enum(ROLES);
