import { Fragment } from 'react';
import { useLang } from '../../i18n/context';
import { quotedParts } from './indicator-words';

/**
 * A sentence in the page's language that quotes the data's English texts (series names,
 * breaks): on a Japanese or Korean page those parts are marked lang="en", so that screen
 * readers pronounce them as English.
 */
export function Quoted({ text, phrases }: { text: string; phrases: readonly string[] }) {
  const { lang } = useLang();
  if (lang === 'en') return <>{text}</>;
  return (
    <>
      {quotedParts(text, phrases).map((part, i) =>
        part.quoted ? (
          <span key={i} lang="en">
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** The lang attribute of the data's English texts: none on an English page. */
export function useDataLang(): 'en' | undefined {
  return useLang().lang === 'en' ? undefined : 'en';
}

/** The same for the series' titles, which the translations give in Japanese and Korean. */
export function useTitleLang(): 'en' | undefined {
  const { lang, translation } = useLang();
  return lang === 'en' || translation?.indicators ? undefined : 'en';
}
