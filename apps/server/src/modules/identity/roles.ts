// The role list is part of the API contract, shared with the web app.
export { isRole, ROLES, type Role, RoleSchema, SELF_SERVICE_ROLES } from '@inohub/contracts/identity';
