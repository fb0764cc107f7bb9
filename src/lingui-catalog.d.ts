/** A catalog imported through Lingui's Vite plugin (`messages.sv.ts?lingui`): its compiled strings. */
declare module '*?lingui' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
