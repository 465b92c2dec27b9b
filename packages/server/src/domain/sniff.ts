// What a file really is, from its first bytes: the name and the declared Content-Type are the client's word,
// and a renamed executable must not pass as a scanned ID card. Returns every type the bytes fit, most
// specific first (a .docx is also a zip; an OLE2 compound file may be a .doc or an .xls), or [] if unknown.

/** How many leading bytes sniffing needs (enough to see the entry names of an office or OFD zip). */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Uint8Array, sig: readonly number[], at = 0): boolean =>
  head.length >= at + sig.length && sig.every((b, i) => head[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_ENTRY = [0x50, 0x4b, 0x03, 0x04]; // local file header

/** Names of the zip entries whose local headers lie in `head`. */
export function zipEntryNames(head: Uint8Array): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i + 30 <= head.length; i++) {
    if (!startsWith(head, ZIP_ENTRY, i)) continue;
    const nameLength = head[i + 26]! | (head[i + 27]! << 8);
    const end = i + 30 + nameLength;
    if (nameLength === 0 || end > head.length) continue;
    names.push(decoder.decode(head.subarray(i + 30, end)));
    i = end - 1;
  }
  return names;
}

function zipKinds(head: Uint8Array): string[] {
  const names = zipEntryNames(head);
  // OFD (GB/T 33190): a zip whose root holds OFD.xml.
  if (names.some((n) => n.toLowerCase() === 'ofd.xml')) return ['application/ofd', 'application/zip'];
  if (names.some((n) => n.startsWith('word/'))) return ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip'];
  if (names.some((n) => n.startsWith('xl/'))) return ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'];
  return ['application/zip'];
}

/** Every type the leading bytes of a file fit, most specific first; [] when none is known. */
export function sniffTypes(head: Uint8Array): string[] {
  if (startsWith(head, PDF)) return ['application/pdf'];
  if (startsWith(head, JPEG)) return ['image/jpeg'];
  if (startsWith(head, PNG)) return ['image/png'];
  if (startsWith(head, OLE2)) return ['application/msword', 'application/vnd.ms-excel'];
  if (startsWith(head, ZIP_ENTRY)) return zipKinds(head);
  return [];
}
