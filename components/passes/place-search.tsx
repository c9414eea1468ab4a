'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { decodeGazetteer, GAZETTEER_URL, searchPlaces, type Place } from '@/lib/observer';
import styles from './passes.module.css';

// One fetch per page load, started by the first keystroke: most visitors never search, and the file is ~0.5 MB.
let gazetteer: Promise<Place[]> | null = null;
function loadGazetteer(): Promise<Place[]> {
  gazetteer ??= fetch(GAZETTEER_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`the place list answered ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(decodeGazetteer)
    .catch((error: unknown) => {
      gazetteer = null; // let a later keystroke try again
      throw error;
    });
  return gazetteer;
}

// One of each per language: the list formats eight rows per keystroke.
const regionNames = new Map<string, Intl.DisplayNames | null>();
const populationFormats = new Map<string, Intl.NumberFormat>();

/** The country's name in the reader's language ("Germany", "Allemagne", "ドイツ"), or undefined if unknown. */
export function countryName(code: string, locale: string): string | undefined {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    const name = names?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "London, United Kingdom", "Portland, OR, United States": how a chosen place is named on the page. */
export function placeLabel(place: Place, locale: string): string {
  const country = countryName(place.countryCode, locale) ?? place.countryCode;
  return [place.name, place.countryCode === 'US' ? place.adminCode : '', country].filter(Boolean).join(', ');
}

/** "1.2M", "1,2 M", "120万": a town's size at a glance, the locale's short way. */
function population(n: number, locale: string): string {
  let format = populationFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    populationFormats.set(locale, format);
  }
  return format.format(n);
}

interface PlaceSearchProps {
  onPick: (place: Place) => void;
}

/** Type a town, pick from the offline list (an ARIA combobox). Nothing typed here leaves the browser. */
export function PlaceSearch({ onPick }: PlaceSearchProps) {
  const t = useTranslations('passes');
  const locale = useLocale();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // Country names in the reader's language, so "Allemagne" finds German towns on the French page.
  const results = useMemo(
    () =>
      places && query.trim() !== ''
        ? searchPlaces(places, query, { limit: 8, countryName: (code) => countryName(code, locale) })
        : [],
    [places, query, locale],
  );

  const onChange = (text: string) => {
    setQuery(text);
    setActive(0);
    setOpen(true);
    if (places === null && status !== 'loading' && text.trim() !== '') {
      setStatus('loading');
      loadGazetteer().then(
        (loaded) => {
          setPlaces(loaded);
          setStatus('idle');
        },
        () => setStatus('error'),
      );
    }
  };

  const pick = (place: Place) => {
    onPick(place);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const place = results[active];
      if (open && place) {
        event.preventDefault();
        pick(place);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && results.length > 0;
  const hint =
    status === 'loading'
      ? t('search.loading')
      : status === 'error'
        ? t('search.failed')
        : query.trim() !== '' && places !== null && results.length === 0
          ? t('search.noMatch', { size: 15_000 })
          : null;

  return (
    <div className={styles.search}>
      <label htmlFor={`${id}-input`} className={styles.fieldLabel}>
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        data-testid="place-search"
      />
      <ul id={listId} role="listbox" aria-label={t('search.places')} className={styles.options} hidden={!expanded}>
        {results.map((place, i) => (
          <li
            key={`${place.name}-${place.countryCode}-${place.latitudeDeg}-${place.longitudeDeg}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(place);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span>{placeLabel(place, locale)}</span>
            <span className={styles.optionMeta}>
              {t('search.population', { count: population(place.population, locale) })}
            </span>
          </li>
        ))}
      </ul>
      <p id={`${id}-hint`} className={status === 'error' ? styles.fieldError : styles.fieldHint} role="status">
        {hint ?? t('search.hint')}
      </p>
    </div>
  );
}
