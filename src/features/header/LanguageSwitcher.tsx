import type { MouseEvent } from 'react';
import { serializeQuery } from '../../derive/url-state';
import { useLang, useMessages } from '../../i18n/context';
import { core as enCore } from '../../i18n/en/core';
import { AUTONYMS, LANGS, PAGE_FILE, type Lang } from '../../i18n/lang';
import { useLanguage } from '../../store/language-store';
import { useTracker, viewStateOf } from '../../store/tracker-store';

/**
 * The three languages, each named in itself, as links to the same view on that language's
 * page (ja.html, ko.html beside index.html): they work before the script has loaded, open
 * in a new tab as links do, and a plain click switches in place without reloading.
 */
export function LanguageSwitcher() {
  const { lang } = useLang();
  const switchTo = useLanguage((s) => s.switchTo);
  const m = useMessages('core', enCore).language;
  // during hydration the store holds the defaults, so the links match the prerendered page
  const query = useTracker((s) => serializeQuery(viewStateOf(s)));
  const onClick = (next: Lang) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void switchTo(next);
  };
  return (
    <nav className="language-switch" aria-label={m.groupLabel}>
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            <a
              href={`${l === 'en' ? './' : PAGE_FILE[l]}${query}`}
              hrefLang={l}
              lang={l}
              aria-current={l === lang ? 'true' : undefined}
              onClick={onClick(l)}
            >
              {AUTONYMS[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
