'use client';

import { useId, useMemo, useRef, useState } from 'react';
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

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

export function countryName(code: string): string | undefined {
  try {
    const name = regionNames?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "London, United Kingdom", "Portland, OR, United States": how a chosen place is named on the page. */
export function placeLabel(place: Place): string {
  const country = countryName(place.countryCode) ?? place.countryCode;
  return [place.name, place.countryCode === 'US' ? place.adminCode : '', country].filter(Boolean).join(', ');
}

function population(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M people`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} k people`;
  return `${n} people`;
}

interface PlaceSearchProps {
  onPick: (place: Place) => void;
}

/** Type a town, pick from the offline list (an ARIA combobox). Nothing typed here leaves the browser. */
export function PlaceSearch({ onPick }: PlaceSearchProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const results = useMemo(
    () => (places && query.trim() !== '' ? searchPlaces(places, query, { limit: 8, countryName }) : []),
    [places, query],
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
      ? 'Loading the list of places…'
      : status === 'error'
        ? 'The list of places could not be loaded. Type coordinates instead, or try again.'
        : query.trim() !== '' && places !== null && results.length === 0
          ? 'No town of that name in the offline list (towns of about 15,000 people and more). Try a nearby larger town, or type coordinates.'
          : null;

  return (
    <div className={styles.search}>
      <label htmlFor={`${id}-input`} className={styles.fieldLabel}>
        Search for a town or city
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. London, or Portland, OR"
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
      <ul id={listId} role="listbox" aria-label="Places" className={styles.options} hidden={!expanded}>
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
            <span>{placeLabel(place)}</span>
            <span className={styles.optionMeta}>{population(place.population)}</span>
          </li>
        ))}
      </ul>
      <p id={`${id}-hint`} className={status === 'error' ? styles.fieldError : styles.fieldHint} role="status">
        {hint ?? 'An offline list of towns from GeoNames (CC BY 4.0): what you type stays in this browser.'}
      </p>
    </div>
  );
}
