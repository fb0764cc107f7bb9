/** Strings for when the server does not answer, and for the static copy (`npm run export`). */
export const resilienceMessages = {
  sv: {
    'stale.notice': 'Servern svarar inte – visar senast hämtade data.',
    'stale.retry': 'Försök igen',
    'stale.retrying': 'Försöker igen…',
    'static.adminHeading': 'Statisk kopia – bara läsning',
    'static.adminBody':
      'Det här är en statisk kopia av instrumentpanelen (npm run export). Den kan inte ändras: uppladdning av utgåvor, signeringar, mål och granskningsloggen finns bara på servern som kopian gjordes från.',
  },
  en: {
    'stale.notice': 'The server is not responding – showing the data last fetched.',
    'stale.retry': 'Try again',
    'stale.retrying': 'Trying again…',
    'static.adminHeading': 'Static copy – read-only',
    'static.adminBody':
      'This is a static copy of the dashboard (npm run export). It cannot be changed: uploading releases, signings, targets and the audit log exist only on the server the copy was made from.',
  },
} as const;
