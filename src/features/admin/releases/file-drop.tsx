import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { XLSX_CONTENT_TYPE } from '../upload-release.ts';

/** A file input that also takes a file dropped anywhere on it. The input stays the accessible way in. */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n('admin');
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`admin-drop${over ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id} className="admin-drop__label">
        {t('admin.upload.file')}
      </label>
      <input
        id={id}
        type="file"
        accept={`.csv,.xlsx,.json,text/csv,application/json,${XLSX_CONTENT_TYPE}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // Choosing the same file again (after fixing it on disk) must fire a change again.
          event.target.value = '';
        }}
      />
      <span className="admin-drop__hint" aria-hidden="true">
        {t('admin.upload.drop')}
      </span>
    </div>
  );
}
