import {
  BuildingBody,
  BuildingDetail,
  BuildingParams,
  BuildingPatch,
  BuildingView,
  Deleted,
  MediaParams,
  MediaUploadParams,
  MediaUploadQuery,
  MediaView,
  SiteBody,
  SiteDetail,
  SiteParams,
  SitePatch,
  SiteView,
  UnitBody,
  UnitParams,
  UnitPatch,
  UnitView,
  ZoneBody,
  ZoneDetail,
  ZoneParams,
  ZonePatch,
  ZoneView,
} from '@inohub/contracts/zone/sites';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { readSingleFile, sendStoredFile } from '../http.ts';
import { addMedia, assertMediaObject, deleteMedia, MEDIA_MAX_BYTES, mediaFileId } from './media.ts';
import * as svc from './service.ts';

const zoneAdmin = { access: access.roles('zone_admin') };
const open = { access: access.public };
const tags = ['zone: sites'];
const deleted = { deleted: true as const };

export function registerSiteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ── zones
  r.get(
    '/api/zone/zones',
    { config: open, schema: { tags, summary: 'List zones', response: { 200: z.array(ZoneView) } } },
    async () => svc.listZones(db),
  );
  r.get(
    '/api/zone/zones/:zoneId',
    {
      config: open,
      schema: { tags, summary: 'A zone with its sites', params: ZoneParams, response: { 200: ZoneDetail } },
    },
    async (request) => svc.zoneDetail(db, request.params.zoneId),
  );
  r.post(
    '/api/zone/zones',
    {
      config: zoneAdmin,
      schema: { tags, summary: 'Create a zone', body: ZoneBody, response: { 201: ZoneView } },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) => svc.createZone(tx, auditContextOf(request), request.body));
      return reply.status(201).send(row);
    },
  );
  r.patch(
    '/api/zone/zones/:zoneId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a zone',
        params: ZoneParams,
        body: ZonePatch,
        response: { 200: ZoneView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.updateZone(tx, auditContextOf(request), request.params.zoneId, request.body),
      ),
  );

  // ── sites
  r.post(
    '/api/zone/zones/:zoneId/sites',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Add a site to a zone',
        params: ZoneParams,
        body: SiteBody,
        response: { 201: SiteView },
      },
    },
    async (request, reply) => {
      const view = await inTransaction(db, (tx) =>
        svc.createSite(tx, auditContextOf(request), request.params.zoneId, request.body),
      );
      return reply.status(201).send(view);
    },
  );
  r.get(
    '/api/zone/sites/:siteId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A site with its buildings',
        params: SiteParams,
        response: { 200: SiteDetail },
      },
    },
    async (request) => svc.siteDetail(db, request.params.siteId),
  );
  r.patch(
    '/api/zone/sites/:siteId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a site',
        params: SiteParams,
        body: SitePatch,
        response: { 200: SiteView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.updateSite(tx, auditContextOf(request), request.params.siteId, request.body),
      ),
  );
  r.delete(
    '/api/zone/sites/:siteId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Delete a site (only without buildings in use)',
        params: SiteParams,
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) => svc.deleteSite(tx, auditContextOf(request), request.params.siteId));
      return deleted;
    },
  );

  // ── buildings
  r.post(
    '/api/zone/sites/:siteId/buildings',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Add a building to a site',
        params: SiteParams,
        body: BuildingBody,
        response: { 201: BuildingView },
      },
    },
    async (request, reply) => {
      const view = await inTransaction(db, (tx) =>
        svc.createBuilding(tx, auditContextOf(request), request.params.siteId, request.body),
      );
      return reply.status(201).send(view);
    },
  );
  r.get(
    '/api/zone/buildings/:buildingId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A building with its units',
        params: BuildingParams,
        response: { 200: BuildingDetail },
      },
    },
    async (request) => svc.buildingDetail(db, request.params.buildingId),
  );
  r.patch(
    '/api/zone/buildings/:buildingId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a building',
        params: BuildingParams,
        body: BuildingPatch,
        response: { 200: BuildingView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.updateBuilding(tx, auditContextOf(request), request.params.buildingId, request.body),
      ),
  );
  r.delete(
    '/api/zone/buildings/:buildingId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Delete a building',
        params: BuildingParams,
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) =>
        svc.deleteBuilding(tx, auditContextOf(request), request.params.buildingId),
      );
      return deleted;
    },
  );

  // ── units
  r.post(
    '/api/zone/buildings/:buildingId/units',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Add a unit (office, lab, production)',
        params: BuildingParams,
        body: UnitBody,
        response: { 201: UnitView },
      },
    },
    async (request, reply) => {
      const view = await inTransaction(db, (tx) =>
        svc.createUnit(tx, auditContextOf(request), request.params.buildingId, request.body),
      );
      return reply.status(201).send(view);
    },
  );
  r.get(
    '/api/zone/units/:unitId',
    {
      config: open,
      schema: { tags, summary: 'A unit', params: UnitParams, response: { 200: UnitView } },
    },
    async (request) => svc.unitDetail(db, request.params.unitId),
  );
  r.patch(
    '/api/zone/units/:unitId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a unit',
        params: UnitParams,
        body: UnitPatch,
        response: { 200: UnitView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.updateUnit(tx, auditContextOf(request), request.params.unitId, request.body),
      ),
  );
  r.delete(
    '/api/zone/units/:unitId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Delete a unit (a unit with leases cannot be deleted: withdraw it)',
        params: UnitParams,
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) => svc.deleteUnit(tx, auditContextOf(request), request.params.unitId));
      return deleted;
    },
  );

  // ── media (photos and plans)
  r.post(
    '/api/zone/:objectType/:objectId/media',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Upload a photo or plan (multipart field `file`; png, jpeg or pdf; at most 10 MB)',
        params: MediaUploadParams,
        querystring: MediaUploadQuery,
        response: { 201: MediaView },
      },
    },
    async (request, reply) => {
      // The path names the collection (`sites`); the media row the object type (`site`).
      const objectType = singularOf[request.params.objectType];
      const { objectId } = request.params;
      // An unknown object answers 404 before the upload is read.
      await assertMediaObject(db, objectType, objectId);
      const file = await readSingleFile(request, MEDIA_MAX_BYTES);
      const view = await inTransaction(db, (tx) =>
        addMedia(tx, ctx.files, auditContextOf(request), { objectType, objectId, ...request.query, ...file }),
      );
      return reply.status(201).send(view);
    },
  );
  r.get(
    '/api/zone/media/:mediaId/file',
    { config: open, schema: { tags, summary: 'Download a photo or plan', params: MediaParams } },
    async (request, reply) => sendStoredFile(ctx, reply, await mediaFileId(db, request.params.mediaId)),
  );
  r.delete(
    '/api/zone/media/:mediaId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Remove a photo or plan',
        params: MediaParams,
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) => deleteMedia(tx, auditContextOf(request), request.params.mediaId));
      return deleted;
    },
  );
}

const singularOf = { zones: 'zone', sites: 'site', buildings: 'building', units: 'unit' } as const;
