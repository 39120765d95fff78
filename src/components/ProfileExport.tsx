import type { DataIndex } from '../lib/data';
import { CSV_MIME, profileCsv } from '../lib/export';
import type { AppState } from '../state/app-state';
import { downloadBlob } from './download';

/** "CSV van dit profiel": the profile's comparison, development and themes as a spreadsheet for Dutch Excel. */
export function ProfileExport({ idx, state, code }: { idx: DataIndex; state: AppState; code: string }) {
  return (
    <p className="profile-export">
      <button
        type="button"
        className="link-button"
        data-testid="profile-csv"
        onClick={() => {
          const file = profileCsv(idx, state, code);
          downloadBlob(new Blob([file.text], { type: CSV_MIME }), file.filename);
        }}
      >
        CSV van dit profiel
      </button>
    </p>
  );
}
