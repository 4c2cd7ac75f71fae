/** Allowed upload types, recognised by their first bytes, never by the name the client sent. */
export interface FileType {
  mime: string;
  extensions: string[];
  matches(head: Uint8Array): boolean;
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

export const FILE_TYPES: Record<string, FileType> = {
  pdf: {
    mime: 'application/pdf',
    extensions: ['pdf'],
    matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  png: {
    mime: 'image/png',
    extensions: ['png'],
    matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpeg: {
    mime: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
  },
};

/** Finds the allowed type whose extension and magic bytes both fit, or null. */
export function detectFileType(
  fileName: string,
  head: Uint8Array,
  allowed: readonly string[],
): FileType | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  for (const key of allowed) {
    const type = FILE_TYPES[key];
    if (type?.extensions.includes(ext) && type.matches(head)) return type;
  }
  return null;
}
