/**
 * A note that cites the contract's sources by their codes, as the curated data writes them
 * ("… från 1 oktober 2021 (S4)", "(S9, S11)"): each code becomes a link named by its source's
 * title in the reader's language, so no internal code reaches a reader.
 */
import { Fragment } from 'react';
import type { ContractSource } from '../../contract/contracts.ts';
import { useI18n } from '../lib/i18n.tsx';

/** A stretch of the note: plain text, or the codes cited in one pair of brackets. */
export type NotePart = { text: string } | { cites: string[] };

const CITATION = /\((S\d+(?:\s*,\s*S\d+)*)\)/g;

/** The note split into its text and its citations, in order. */
export function splitCitations(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const match of note.matchAll(CITATION)) {
    if (match.index > at) parts.push({ text: note.slice(at, match.index) });
    parts.push({ cites: (match[1] ?? '').split(/\s*,\s*/) });
    at = match.index + match[0].length;
  }
  if (at < note.length) parts.push({ text: note.slice(at) });
  return parts;
}

export function SourcedText({ text, sources }: { text: string; sources: readonly ContractSource[] }) {
  const { lang } = useI18n();
  const byId = new Map(sources.map((source) => [source.id, source]));
  return splitCitations(text).map((part, i) => {
    if ('text' in part) return <Fragment key={i}>{part.text}</Fragment>;
    // A code with no source behind it says nothing to a reader: it is left out.
    const cited = part.cites.flatMap((id) => byId.get(id) ?? []);
    if (cited.length === 0) return null;
    return (
      <Fragment key={i}>
        (
        {cited.map((source, j) => (
          <Fragment key={source.id}>
            {j > 0 && '; '}
            <a href={source.url} rel="noopener noreferrer">
              {source.title[lang]}
            </a>
          </Fragment>
        ))}
        )
      </Fragment>
    );
  });
}
