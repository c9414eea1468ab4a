'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { parseCoordinatePair, parseHeight, parseLatitude, parseLongitude, type ObserverPlace } from '@/lib/observer';
import { coordinateProblem } from './problem-words';
import styles from './passes.module.css';

interface CoordinateFormProps {
  initial: ObserverPlace | null;
  onSubmit: (place: ObserverPlace) => void;
}

type Field = 'lat' | 'lon' | 'height';

const text = (value: number | undefined) => (value === undefined ? '' : String(Math.round(value * 1e4) / 1e4));

/** Decimal degrees typed by hand, each field explained when it is wrong. */
export function CoordinateForm({ initial, onSubmit }: CoordinateFormProps) {
  const t = useTranslations('passes');
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    lat: text(initial?.latitudeDeg),
    lon: text(initial?.longitudeDeg),
    height: initial?.heightM ? String(Math.round(initial.heightM)) : '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const check = (field: Field, value: string): string | undefined => {
    const result =
      field === 'lat' ? parseLatitude(value) : field === 'lon' ? parseLongitude(value) : parseHeight(value);
    return result.ok ? undefined : coordinateProblem(result.problem, t);
  };

  const set = (field: Field, value: string) => {
    // "51.5074, -0.1278" pasted into either field fills both.
    const pair = field !== 'height' ? parseCoordinatePair(value) : null;
    if (pair) {
      setValues((v) => ({ ...v, lat: text(pair.latitudeDeg), lon: text(pair.longitudeDeg) }));
      setErrors((e) => ({ ...e, lat: undefined, lon: undefined }));
      return;
    }
    setValues((v) => ({ ...v, [field]: value }));
    // Clear a shown error as soon as the field becomes valid; new errors wait for blur or submit.
    if (errors[field] && !check(field, value)) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next = {
      lat: check('lat', values.lat),
      lon: check('lon', values.lon),
      height: check('height', values.height),
    };
    setErrors(next);
    const lat = parseLatitude(values.lat);
    const lon = parseLongitude(values.lon);
    const height = parseHeight(values.height);
    if (!lat.ok || !lon.ok || !height.ok) {
      const first = !lat.ok ? 'lat' : !lon.ok ? 'lon' : 'height';
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onSubmit({ latitudeDeg: lat.value, longitudeDeg: lon.value, heightM: height.value });
  };

  const field = (name: Field, label: string, placeholder: string, hint: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${name}`} className={styles.fieldLabel}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        className={styles.input}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${id}-${name}-msg`}
        onChange={(event) => set(name, event.target.value)}
        onBlur={(event) => {
          if (event.target.value.trim() !== '' || name === 'height')
            setErrors((e) => ({ ...e, [name]: check(name, event.target.value) }));
        }}
        data-testid={`coord-${name}`}
      />
      <p id={`${id}-${name}-msg`} className={errors[name] ? styles.fieldError : styles.fieldHint} aria-live="polite">
        {errors[name] ?? hint}
      </p>
    </div>
  );

  return (
    <form className={styles.coordForm} onSubmit={submit} noValidate aria-label={t('coordinates.label')}>
      {/* The examples keep the decimal point: coordinates are copied from maps that way in every language. */}
      {field('lat', t('coordinates.latitude'), '51.5074', t('coordinates.latitudeHint'))}
      {field('lon', t('coordinates.longitude'), '-0.1278', t('coordinates.longitudeHint'))}
      {field('height', t('coordinates.height'), '0', t('coordinates.heightHint'))}
      <button type="submit" className={styles.button} data-testid="coord-submit">
        {t('coordinates.submit')}
      </button>
    </form>
  );
}
