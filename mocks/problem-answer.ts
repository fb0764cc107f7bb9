/**
 * The mocks' problem+json answers, built as the server builds them (contract/problem.ts):
 * the same type, title and members, so the SPA meets the same errors with and without a server.
 */
import { HttpResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE, problemDocument, type ProblemInit } from '../contract/index.ts';

/** A problem+json answer; `instance` is the request's path when given. */
export function problemAnswer(
  { status, detail, options }: ProblemInit,
  instance?: string,
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(problemDocument(status, detail, { ...options, instance }), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}
