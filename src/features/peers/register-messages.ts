/** Adds the peers strings when the city page or /sectors loads, so other pages' first load does not carry them. */
import { addMessages } from '../../lib/messages.ts';
import { peersMessages } from '../../lib/messages-peers.ts';

addMessages(peersMessages);
