/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'embed.button': 'Embed',
  'embed.instructions': "Paste the code into a web page. It shows the same selection as now, without the app's menu.",
  'embed.snippet': 'Embed code',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied.',
  'link.copy': 'Copy link',
  'link.copied': 'Link copied.',
  'link.copyFailed': 'Could not copy automatically; the link is selected:',
  'link.address': 'Link to this page',
  'embed.copyFailed': 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).',
} as const satisfies Record<keyof typeof sv, string>;
