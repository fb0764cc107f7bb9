/** Placeholder replaced by the presenter work. */
export function PresentPage() {
  return null;
}
