import { ReleasesList } from './releases-list.tsx';
import { UploadPanel } from './upload-panel.tsx';

/** The Releases tab: upload a new release, and choose which stored one is current. */
export function ReleasesSection() {
  return (
    <div className="admin-stack">
      <UploadPanel />
      <ReleasesList />
    </div>
  );
}
