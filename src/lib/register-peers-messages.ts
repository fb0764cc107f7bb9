/** Adds the peers strings when the city page or /sectors loads, so other pages' first load does not carry them. */
import { addMessages } from './messages.ts';
import { peersMessages } from './messages-peers.ts';

addMessages(peersMessages);
