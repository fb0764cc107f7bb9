/**
 * Imported first by src/boot.ts, on its own: evaluating React DOM and the libraries the app is
 * built on takes a phone tens of milliseconds, which is better spent in a task apart from the
 * app's own start. Touching the exports makes the bundler keep (and run) each module's code here.
 */
import { hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';

export const loaded = [hydrateRoot, QueryClient, BrowserRouter].every((part) => typeof part !== 'undefined');
