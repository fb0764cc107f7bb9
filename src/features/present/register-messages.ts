/** Presenter mode's strings, added to the dictionary when /present loads (not with every page: the initial-JS budget). */
import { addMessages } from '../../lib/messages.ts';
import { presentMessages } from '../../lib/messages-present.ts';

addMessages(presentMessages);
