/**
 * Upload type checking (security.md 14): a file is accepted only when its extension is allowed
 * AND its bytes are of that type. The content type served back comes from here, never from the
 * client's declared MIME type.
 */

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const MAX_NAME = 255; // characters, the width of files.original_name
const MAX_ZIP_ENTRIES = 10_000; // bounds the scan; real xlsx/docx files have a few dozen entries

const startsWith = (content: Buffer, magic: readonly number[]) =>
  content.length >= magic.length && magic.every((byte, i) => content[i] === byte);

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [...Buffer.from('%PDF-')];

const RULES: Record<string, { contentType: string; matches(content: Buffer): boolean }> = {
  jpg: { contentType: 'image/jpeg', matches: (c) => startsWith(c, JPEG) },
  jpeg: { contentType: 'image/jpeg', matches: (c) => startsWith(c, JPEG) },
  png: { contentType: 'image/png', matches: (c) => startsWith(c, PNG) },
  pdf: { contentType: 'application/pdf', matches: (c) => startsWith(c, PDF) },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    matches: (c) => zipHasEntryUnder(c, 'xl/'),
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: (c) => zipHasEntryUnder(c, 'word/'),
  },
};

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The content type of an allowed upload, or null when the extension or the bytes do not fit. */
export function detectFileType(fileName: string, content: Buffer): string | null {
  const rule = RULES[extensionOf(fileName)];
  return rule && rule.matches(content) ? rule.contentType : null;
}

/**
 * The name to store and offer back: no folder part (browsers send `C:\fakepath\…`), no control or
 * bidirectional-override characters (which disguise extensions), at most 255 characters.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = Array.from(base)
    .filter((ch) => !isUnsafeCodePoint(ch.codePointAt(0) ?? 0))
    .join('')
    .trim();
  const points = Array.from(clean);
  if (points.length <= MAX_NAME) return clean;
  const ext = extensionOf(clean);
  const tail = ext && ext.length <= 10 ? `.${ext}` : '';
  return points.slice(0, MAX_NAME - tail.length).join('') + tail;
}

/** C0/C1 controls, and the bidirectional overrides and isolates that can disguise an extension. */
function isUnsafeCodePoint(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** True when the buffer is a zip archive with an entry whose name starts with `prefix`. */
export function zipHasEntryUnder(content: Buffer, prefix: string): boolean {
  if (content.length < 30 || content.readUInt32LE(0) !== ZIP_LOCAL) return false;
  const names = centralDirectoryNames(content) ?? localHeaderNames(content);
  return names.some((name) => name.startsWith(prefix));
}

/** Entry names from the central directory at the end of the archive, or null when it is unreadable. */
function centralDirectoryNames(content: Buffer): string[] | null {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const floor = Math.max(0, content.length - 22 - 0xffff);
  let end = -1;
  for (let i = content.length - 22; i >= floor; i--) {
    if (content.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = Math.min(content.readUInt16LE(end + 10), MAX_ZIP_ENTRIES);
  let at = content.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== ZIP_CENTRAL) return null;
    const nameLength = content.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
    if (next > content.length) return null;
    names.push(content.toString('utf8', at + 46, at + 46 + nameLength));
    at = next;
  }
  return names;
}

/** Entry names from the local headers at the front (used when the central directory is unreadable). */
function localHeaderNames(content: Buffer): string[] {
  const names: string[] = [];
  let at = 0;
  while (
    names.length < MAX_ZIP_ENTRIES &&
    at + 30 <= content.length &&
    content.readUInt32LE(at) === ZIP_LOCAL
  ) {
    const nameLength = content.readUInt16LE(at + 26);
    const extraLength = content.readUInt16LE(at + 28);
    if (at + 30 + nameLength > content.length) break;
    names.push(content.toString('utf8', at + 30, at + 30 + nameLength));
    const hasDescriptor = (content.readUInt16LE(at + 6) & 0x08) !== 0;
    if (hasDescriptor) break; // sizes live after the data: the next header cannot be located safely
    at += 30 + nameLength + extraLength + content.readUInt32LE(at + 18);
  }
  return names;
}
