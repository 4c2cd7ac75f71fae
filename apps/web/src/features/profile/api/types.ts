export const PUBLIC_FIELDS = ['headline', 'bio', 'city', 'skills', 'links', 'organizations'] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

export interface Profile {
  headline: string | null;
  bio: string | null;
  city: string | null;
  skills: string[];
  links: Array<{ label: string; url: string }>;
  isPublic: boolean;
  publicFields: PublicField[];
}
