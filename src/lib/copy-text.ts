/**
 * Copies a text (a link) to the clipboard through the Clipboard API: 'copied', or 'refused' where
 * the browser has no clipboard or refuses to write to it (an insecure origin, a denied
 * permission). The caller then shows the text selected, to copy by hand.
 */
export async function copyText(text: string): Promise<'copied' | 'refused'> {
  if (!navigator.clipboard) return 'refused';
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}
