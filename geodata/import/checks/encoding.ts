// The user's file as text: UTF-8 only. Anything else is refused with the encoding it most likely is, because reading
// Windows-1252 or UTF-16 as UTF-8 silently turns every ë into garbage in names and labels.
import { InputError } from '../../lib/errors';

/** Which encoding a byte string that is not valid UTF-8 was probably written in (Dutch, for the message). */
export function likelyEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  // Bytes 0x80–0x9F are control codes in Latin-1 but letters and signs (€, ’, …) in Windows-1252.
  if (bytes.some((b) => b >= 0x80 && b <= 0x9f))
    return 'Windows-1252 (ANSI, zoals Excel "CSV (gescheiden door lijstscheidingsteken)" opslaat)';
  return 'Latin-1 (ISO-8859-1) of Windows-1252 (ANSI)';
}

/** Index of the first byte that breaks UTF-8, found by decoding ever longer prefixes (binary search). */
function firstInvalidByte(bytes: Uint8Array): number {
  const ok = (n: number) => {
    try {
      // stream: true tolerates a sequence cut off at the end of the prefix; only real errors throw.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo < bytes.length) return lo;
  // Every prefix decodes: the file ends inside a multi-byte sequence; point at its first byte.
  let start = bytes.length - 1;
  while (start > 0 && start > bytes.length - 4 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  return start;
}

function lineAt(bytes: Uint8Array, index: number): { line: number; text: string } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  let end = bytes.indexOf(0x0a, index);
  if (end < 0) end = bytes.length;
  const text = new TextDecoder('windows-1252').decode(bytes.subarray(start, Math.min(end, start + 80))).trim();
  return { line, text };
}

/** NUL bytes do not occur in text files: an Excel workbook or a UTF-16 file without byte-order mark. */
function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 65536).includes(0);
}

/** Decode the file as UTF-8 (a byte-order mark is dropped), or refuse naming the encoding it seems to use. */
export function decodeUtf8(bytes: Uint8Array, file: string, linesAreRows: boolean): string {
  const enc = likelyEncoding(bytes);
  const resave = 'Sla het bestand op als UTF-8 (in Excel: "CSV UTF-8 (met scheidingstekens)") en importeer opnieuw.';
  if (enc.startsWith('UTF-16')) {
    throw new InputError([{ file, message: `het bestand is in ${enc} geschreven, niet in UTF-8. ${resave}` }]);
  }
  if (hasNul(bytes)) {
    throw new InputError([
      {
        file,
        message: `het bestand bevat binaire gegevens (nul-bytes): het is geen tekstbestand (een Excel-werkmap of UTF-16 zonder kenmerk?). ${resave}`,
      },
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const { line, text } = lineAt(bytes, at);
    // In a CSV a line is a spreadsheet row; in JSON it is only a line of text.
    const where = linesAreRows ? { row: line } : {};
    const lineText = linesAreRows ? '' : `regel ${line}, `;
    throw new InputError([
      {
        file,
        ...where,
        message: `de tekst is geen geldige UTF-8 (${lineText}byte ${at + 1}, in '${text}'); het bestand lijkt in ${enc} geschreven. ${resave}`,
      },
    ]);
  }
}
