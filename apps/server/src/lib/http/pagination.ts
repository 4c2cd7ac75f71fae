// Pagination is part of the API contract, shared with the web app.
export { PageQuery, pageOf } from '@inohub/contracts/common';
