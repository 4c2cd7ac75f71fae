import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { DateStr, Kopecks, Uuid } from '../common.ts';
import { readSingleFile, sendStoredFile } from '../http.ts';
import { UNIT_KINDS, UNIT_STATUSES } from '../zone.tables.ts';
import * as svc from './service.ts';

const zoneAdmin = { access: access.roles('zone_admin') };
const open = { access: access.public };
const tags = ['zone: sites'];

export const MediaView = z.object({
  id: z.string(),
  kind: z.enum(['photo', 'plan']),
  fileId: z.string(),
  url: z.string(),
  captionRu: z.string().nullable(),
  captionEn: z.string().nullable(),
});
const toMediaView = (m: svc.MediaRow) => ({ ...m, url: `/api/zone/media/${m.id}/file` });

export const ZoneView = z.object({
  id: z.string(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  type: z.literal('technology_innovation'),
  municipality: z.string(),
  establishedOn: z.string().nullable(),
  termStart: z.string(),
  termEnd: z.string().nullable(),
  descriptionRu: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  verifiedAt: z.date().nullable(),
});
export const SiteView = z.object({
  id: z.string(),
  zoneId: z.string(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  addressRu: z.string().nullable(),
  addressEn: z.string().nullable(),
  areaHa: z.number().nullable(),
  descriptionRu: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  verifiedAt: z.date().nullable(),
  media: z.array(MediaView),
});
export const BuildingView = z.object({
  id: z.string(),
  siteId: z.string(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  addressRu: z.string().nullable(),
  addressEn: z.string().nullable(),
  floors: z.number().nullable(),
  totalAreaM2: z.number().nullable(),
  commissionedYear: z.number().nullable(),
  verifiedAt: z.date().nullable(),
  media: z.array(MediaView),
});
export const UnitView = z.object({
  id: z.string(),
  buildingId: z.string(),
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  areaM2: z.number(),
  monthlyRatePerM2Kopecks: z.number(),
  currency: z.string(),
  floor: z.number(),
  status: z.enum(UNIT_STATUSES),
  media: z.array(MediaView),
});

const text = (max = 500) => z.string().trim().min(1).max(max);
const ZoneBody = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,40}$/),
    nameRu: text(300),
    nameEn: text(300),
    type: z.literal('technology_innovation').default('technology_innovation'),
    municipality: text(200),
    establishedOn: DateStr.nullable().optional(),
    termStart: DateStr,
    termEnd: DateStr.nullable().optional(),
    descriptionRu: z.string().max(5000).nullable().optional(),
    descriptionEn: z.string().max(5000).nullable().optional(),
  })
  .strict();
const SiteBody = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{1,40}$/),
    nameRu: text(300),
    nameEn: text(300),
    addressRu: z.string().max(500).nullable().optional(),
    addressEn: z.string().max(500).nullable().optional(),
    areaHa: z.number().positive().max(100_000).nullable().optional(),
    descriptionRu: z.string().max(5000).nullable().optional(),
    descriptionEn: z.string().max(5000).nullable().optional(),
  })
  .strict();
const BuildingBody = z
  .object({
    code: z.string().regex(/^[a-zA-Z0-9-]{1,40}$/),
    nameRu: text(300),
    nameEn: text(300),
    addressRu: z.string().max(500).nullable().optional(),
    addressEn: z.string().max(500).nullable().optional(),
    floors: z.number().int().min(1).max(200).nullable().optional(),
    totalAreaM2: z.number().positive().max(10_000_000).nullable().optional(),
    commissionedYear: z.number().int().min(1900).max(2100).nullable().optional(),
  })
  .strict();
const UnitBody = z
  .object({
    code: z.string().trim().min(1).max(40),
    kind: z.enum(UNIT_KINDS),
    areaM2: z.number().positive().max(1_000_000),
    monthlyRatePerM2Kopecks: Kopecks,
    floor: z.number().int().min(-5).max(200).default(1),
    status: z.enum(UNIT_STATUSES).default('available'),
  })
  .strict();

const IdParams = (name: string) => z.object({ [name]: Uuid }).strict();
const Deleted = z.object({ deleted: z.literal(true) });

export function registerSiteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  const siteView = async (s: svc.SiteRow) => ({
    ...s,
    media: ((await svc.mediaOf(db, 'site', [s.id])).get(s.id) ?? []).map(toMediaView),
  });
  const buildingViews = async (list: svc.BuildingRow[]) => {
    const media = await svc.mediaOf(
      db,
      'building',
      list.map((b) => b.id),
    );
    return list.map((b) => ({ ...b, media: (media.get(b.id) ?? []).map(toMediaView) }));
  };
  const unitViews = async (list: svc.UnitRow[]) => {
    const media = await svc.mediaOf(
      db,
      'unit',
      list.map((u) => u.id),
    );
    return list.map((u) => ({ ...u, media: (media.get(u.id) ?? []).map(toMediaView) }));
  };

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
      schema: {
        tags,
        summary: 'A zone with its sites',
        params: IdParams('zoneId'),
        response: { 200: ZoneView.extend({ sites: z.array(SiteView), media: z.array(MediaView) }) },
      },
    },
    async (request) => {
      const zone = await svc.getZone(db, request.params.zoneId as string);
      const sites = await svc.sitesOfZone(db, zone.id);
      const media = await svc.mediaOf(
        db,
        'site',
        sites.map((s) => s.id),
      );
      const own = (await svc.mediaOf(db, 'zone', [zone.id])).get(zone.id) ?? [];
      return {
        ...zone,
        media: own.map(toMediaView),
        sites: sites.map((s) => ({ ...s, media: (media.get(s.id) ?? []).map(toMediaView) })),
      };
    },
  );
  r.post(
    '/api/zone/zones',
    {
      config: zoneAdmin,
      schema: { tags, summary: 'Create a zone', body: ZoneBody, response: { 201: ZoneView } },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) =>
        svc.createZone(tx, { audit: auditContextOf(request) }, request.body),
      );
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
        params: IdParams('zoneId'),
        body: ZoneBody.partial().strict(),
        response: { 200: ZoneView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.updateZone(tx, { audit: auditContextOf(request) }, request.params.zoneId as string, request.body),
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
        params: IdParams('zoneId'),
        body: SiteBody,
        response: { 201: SiteView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) =>
        svc.createSite(
          tx,
          { audit: auditContextOf(request) },
          { ...request.body, zoneId: request.params.zoneId as string },
        ),
      );
      return reply.status(201).send({ ...row, media: [] });
    },
  );
  r.get(
    '/api/zone/sites/:siteId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A site with its buildings',
        params: IdParams('siteId'),
        response: { 200: SiteView.extend({ buildings: z.array(BuildingView) }) },
      },
    },
    async (request) => {
      const site = await svc.getSite(db, request.params.siteId as string);
      return {
        ...(await siteView(site)),
        buildings: await buildingViews(await svc.buildingsOfSite(db, site.id)),
      };
    },
  );
  r.patch(
    '/api/zone/sites/:siteId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a site',
        params: IdParams('siteId'),
        body: SiteBody.partial().strict(),
        response: { 200: SiteView },
      },
    },
    async (request) =>
      siteView(
        await inTransaction(db, (tx) =>
          svc.updateSite(
            tx,
            { audit: auditContextOf(request) },
            request.params.siteId as string,
            request.body,
          ),
        ),
      ),
  );
  r.delete(
    '/api/zone/sites/:siteId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Delete a site (only without buildings in use)',
        params: IdParams('siteId'),
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) =>
        svc.deleteSite(tx, { audit: auditContextOf(request) }, request.params.siteId as string),
      );
      return { deleted: true as const };
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
        params: IdParams('siteId'),
        body: BuildingBody,
        response: { 201: BuildingView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) =>
        svc.createBuilding(
          tx,
          { audit: auditContextOf(request) },
          { ...request.body, siteId: request.params.siteId as string },
        ),
      );
      return reply.status(201).send({ ...row, media: [] });
    },
  );
  r.get(
    '/api/zone/buildings/:buildingId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A building with its units',
        params: IdParams('buildingId'),
        response: { 200: BuildingView.extend({ units: z.array(UnitView) }) },
      },
    },
    async (request) => {
      const b = await svc.getBuilding(db, request.params.buildingId as string);
      const [view] = await buildingViews([b]);
      return {
        ...(view as z.infer<typeof BuildingView>),
        units: await unitViews(await svc.unitsOfBuilding(db, b.id)),
      };
    },
  );
  r.patch(
    '/api/zone/buildings/:buildingId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a building',
        params: IdParams('buildingId'),
        body: BuildingBody.partial().strict(),
        response: { 200: BuildingView },
      },
    },
    async (request) => {
      const row = await inTransaction(db, (tx) =>
        svc.updateBuilding(
          tx,
          { audit: auditContextOf(request) },
          request.params.buildingId as string,
          request.body,
        ),
      );
      return (await buildingViews([row]))[0];
    },
  );
  r.delete(
    '/api/zone/buildings/:buildingId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Delete a building',
        params: IdParams('buildingId'),
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) =>
        svc.deleteBuilding(tx, { audit: auditContextOf(request) }, request.params.buildingId as string),
      );
      return { deleted: true as const };
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
        params: IdParams('buildingId'),
        body: UnitBody,
        response: { 201: UnitView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) =>
        svc.createUnit(
          tx,
          { audit: auditContextOf(request) },
          { ...request.body, buildingId: request.params.buildingId as string },
        ),
      );
      return reply.status(201).send({ ...row, media: [] });
    },
  );
  r.get(
    '/api/zone/units/:unitId',
    {
      config: open,
      schema: { tags, summary: 'A unit', params: IdParams('unitId'), response: { 200: UnitView } },
    },
    async (request) => (await unitViews([await svc.getUnit(db, request.params.unitId as string)]))[0],
  );
  r.patch(
    '/api/zone/units/:unitId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Update a unit',
        params: IdParams('unitId'),
        body: UnitBody.partial().strict(),
        response: { 200: UnitView },
      },
    },
    async (request) => {
      const row = await inTransaction(db, (tx) =>
        svc.updateUnit(tx, { audit: auditContextOf(request) }, request.params.unitId as string, request.body),
      );
      return (await unitViews([row]))[0];
    },
  );
  r.delete(
    '/api/zone/units/:unitId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Delete a unit (a unit with leases cannot be deleted: withdraw it)',
        params: IdParams('unitId'),
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) =>
        svc.deleteUnit(tx, { audit: auditContextOf(request) }, request.params.unitId as string),
      );
      return { deleted: true as const };
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
        params: z
          .object({ objectType: z.enum(['zones', 'sites', 'buildings', 'units']), objectId: Uuid })
          .strict(),
        querystring: z
          .object({
            kind: z.enum(['photo', 'plan']),
            captionRu: z.string().max(300).optional(),
            captionEn: z.string().max(300).optional(),
          })
          .strict(),
        response: { 201: MediaView },
      },
    },
    async (request, reply) => {
      const objectType = request.params.objectType.slice(0, -1) as svc.MediaObjectType;
      await svc.assertMediaObject(db, objectType, request.params.objectId);
      const file = await readSingleFile(request, svc.MEDIA_MAX_BYTES);
      const row = await inTransaction(db, (tx) =>
        svc.addMedia(
          tx,
          ctx.files,
          { audit: auditContextOf(request) },
          { objectType, objectId: request.params.objectId, ...request.query, ...file },
        ),
      );
      return reply.status(201).send(toMediaView(row));
    },
  );
  r.get(
    '/api/zone/media/:mediaId/file',
    { config: open, schema: { tags, summary: 'Download a photo or plan', params: IdParams('mediaId') } },
    async (request, reply) => {
      const media = await svc.getMedia(db, request.params.mediaId as string);
      return sendStoredFile(ctx, reply, media.fileId);
    },
  );
  r.delete(
    '/api/zone/media/:mediaId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Remove a photo or plan',
        params: IdParams('mediaId'),
        response: { 200: Deleted },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) =>
        svc.deleteMedia(tx, { audit: auditContextOf(request) }, request.params.mediaId as string),
      );
      return { deleted: true as const };
    },
  );
}
