import { z } from 'zod';
import { DateStr, Kopecks, Uuid } from '../common.ts';
import { UnitKindSchema, UnitStatusSchema } from './space.ts';

// Zones, their sites, buildings and units, and the photos and plans attached to them.

export const ZONE_TYPES = ['technology_innovation'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];
export const ZoneTypeSchema = z.enum(ZONE_TYPES);

/** What a photo or plan is attached to. */
export const MEDIA_OBJECT_TYPES = ['zone', 'site', 'building', 'unit'] as const;
export type MediaObjectType = (typeof MEDIA_OBJECT_TYPES)[number];

export const MEDIA_KINDS = ['photo', 'plan'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const MediaKindSchema = z.enum(MEDIA_KINDS);

// ── responses

export const MediaView = z.object({
  id: z.string(),
  kind: MediaKindSchema,
  fileId: z.string(),
  url: z.string(),
  captionRu: z.string().nullable(),
  captionEn: z.string().nullable(),
});
export type MediaView = z.infer<typeof MediaView>;

export const ZoneView = z.object({
  id: z.string(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  type: ZoneTypeSchema,
  municipality: z.string(),
  establishedOn: z.string().nullable(),
  termStart: z.string(),
  termEnd: z.string().nullable(),
  descriptionRu: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  verifiedAt: z.date().nullable(),
});
export type ZoneView = z.infer<typeof ZoneView>;

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
export type SiteView = z.infer<typeof SiteView>;

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
export type BuildingView = z.infer<typeof BuildingView>;

export const UnitView = z.object({
  id: z.string(),
  buildingId: z.string(),
  code: z.string(),
  kind: UnitKindSchema,
  areaM2: z.number(),
  monthlyRatePerM2Kopecks: z.number(),
  currency: z.string(),
  floor: z.number(),
  status: UnitStatusSchema,
  media: z.array(MediaView),
});
export type UnitView = z.infer<typeof UnitView>;

/** A zone with its own media and its sites. */
export const ZoneDetail = ZoneView.extend({ sites: z.array(SiteView), media: z.array(MediaView) });
export type ZoneDetail = z.infer<typeof ZoneDetail>;

export const SiteDetail = SiteView.extend({ buildings: z.array(BuildingView) });
export type SiteDetail = z.infer<typeof SiteDetail>;

export const BuildingDetail = BuildingView.extend({ units: z.array(UnitView) });
export type BuildingDetail = z.infer<typeof BuildingDetail>;

export const Deleted = z.object({ deleted: z.literal(true) });

// ── requests

export const ZoneParams = z.object({ zoneId: Uuid }).strict();
export const SiteParams = z.object({ siteId: Uuid }).strict();
export const BuildingParams = z.object({ buildingId: Uuid }).strict();
export const UnitParams = z.object({ unitId: Uuid }).strict();
export const MediaParams = z.object({ mediaId: Uuid }).strict();

const text = (max = 500) => z.string().trim().min(1).max(max);

export const ZoneBody = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,40}$/),
    nameRu: text(300),
    nameEn: text(300),
    type: ZoneTypeSchema.default('technology_innovation'),
    municipality: text(200),
    establishedOn: DateStr.nullable().optional(),
    termStart: DateStr,
    termEnd: DateStr.nullable().optional(),
    descriptionRu: z.string().max(5000).nullable().optional(),
    descriptionEn: z.string().max(5000).nullable().optional(),
  })
  .strict();
export type ZoneBody = z.infer<typeof ZoneBody>;
export const ZonePatch = ZoneBody.partial().strict();
export type ZonePatch = z.infer<typeof ZonePatch>;

export const SiteBody = z
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
export type SiteBody = z.infer<typeof SiteBody>;
export const SitePatch = SiteBody.partial().strict();
export type SitePatch = z.infer<typeof SitePatch>;

export const BuildingBody = z
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
export type BuildingBody = z.infer<typeof BuildingBody>;
export const BuildingPatch = BuildingBody.partial().strict();
export type BuildingPatch = z.infer<typeof BuildingPatch>;

export const UnitBody = z
  .object({
    code: z.string().trim().min(1).max(40),
    kind: UnitKindSchema,
    areaM2: z.number().positive().max(1_000_000),
    monthlyRatePerM2Kopecks: Kopecks,
    floor: z.number().int().min(-5).max(200).default(1),
    status: UnitStatusSchema.default('available'),
  })
  .strict();
export type UnitBody = z.infer<typeof UnitBody>;
export const UnitPatch = UnitBody.partial().strict();
export type UnitPatch = z.infer<typeof UnitPatch>;

/** `POST /api/zone/:objectType/:objectId/media`: the path names the collection (plural). */
export const MediaUploadParams = z
  .object({ objectType: z.enum(['zones', 'sites', 'buildings', 'units']), objectId: Uuid })
  .strict();
export const MediaUploadQuery = z
  .object({
    kind: MediaKindSchema,
    captionRu: z.string().max(300).optional(),
    captionEn: z.string().max(300).optional(),
  })
  .strict();
export type MediaUploadQuery = z.infer<typeof MediaUploadQuery>;
