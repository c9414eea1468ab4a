'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { TimeBanner } from '@/components/dashboard/time-banner';
import { TleBadge } from '@/components/dashboard/tle-badge';
import type { TleReport } from '@/components/dashboard/tle-response';
import { useTle, type TleState } from '@/components/dashboard/use-tle';
import { MapLoader } from '@/components/map/map-loader';
import { MapPicture } from '@/components/map/map-picture';
import { useTickSource } from '@/components/clock/clock-context';
import { mapPicture } from '@/app-logic/map/map-picture';
import { DEFAULT_PASS_DAYS, MAX_PASS_DAYS } from '@/lib/passes/window';
import { describePass } from '@/lib/format/describe-pass';
import { footprintRadiusKm } from '@/lib/orbit/footprint';
import { stateAt } from '@/lib/orbit/propagate';
import { formatTimingBound } from '@/lib/format/uncertainty';
import { observerFrame, passPath, type Observer, type Pass } from '@/lib/passes';
import type { PassSearch } from '@/lib/passes/next-pass';
import { passListWarning, passPrediction, showsTimingBound } from '@/lib/passes/predictability';
import { passMatchesFilters, type TimeOfDay } from '@/lib/passes/pass-filters';
import { downloadIcs, passFileName } from './ics-download';
import { LocationPanel } from './location-panel';
import { NextPass } from './next-pass';
import { formatMagnitude, noPassesWords } from './pass-words';
import { filterProblem } from './problem-words';
import { PassTable } from './pass-table';
import { RenderProfile } from './render-profile';
import { SkyChart } from './sky-chart';
import { SubscribePanel } from './subscribe-panel';
import { deviceTimeZone, makeTimeFormat } from './time-format';
import { usePlaceZoneLookup } from './use-place-time-zone';
import { zoneLabel, zonePlaceName } from '@/lib/format/zone-label';

type ZoneChoice = 'place' | 'device' | 'utc';
import { useActiveObserver, type ObserverState } from './use-observer';
import { usePassFilters, type PassFiltersState } from './use-pass-filters';
import { useFoundPasses, usePredictedPasses } from './use-pass-search';
import styles from './passes.module.css';

const DAY_CHOICES = [1, 2, 3, 5, 7, 10, 14, 20, MAX_PASS_DAYS];
const ELEVATION_CHOICES = [0, 10, 20, 30, 45, 60];
// Magnitudes (lower is brighter): the ISS is about -1 on a low pass and -3 to -4 high overhead.
const MAGNITUDE_CHOICES = [0, -1, -2, -3];
const TIMES_OF_DAY: readonly TimeOfDay[] = ['any', 'evening', 'morning'];
// More than a tall screen shows above the fold (5 at 1440x900, 10 on a 1080x1920 portrait screen).
const FIRST_ROWS = 12;
const NO_PASSES: readonly Pass[] = [];

interface PassPlannerProps {
  initialTle: TleReport;
  tile: { url: string; attribution: string } | null;
  /** The address names a location: until the browser has read it, show a placeholder, not the no-location page. */
  linkedLocation?: boolean;
}

/** The passes page below the header: location, next pass, the list, and the chosen pass on a sky chart and map. */
export function PassPlanner({ initialTle, tile, linkedLocation = false }: PassPlannerProps) {
  const { tle, satrec, response, refreshError } = useTle(initialTle);
  const place = useActiveObserver();
  const [days, setDays] = useState(DEFAULT_PASS_DAYS);
  const passFilters = usePassFilters();
  const { minElevationDeg } = passFilters.filters;
  const active = place.observer;
  const lat = active?.latitudeDeg;
  const lon = active?.longitudeDeg;
  const height = active?.heightM ?? 0;
  const name = active?.name;
  const observer = useMemo<Observer | null>(
    () =>
      lat === undefined || lon === undefined
        ? null
        : { latitudeDeg: lat, longitudeDeg: lon, heightM: height, ...(name ? { name } : {}) },
    [lat, lon, height, name],
  );
  // The window starts when the page is opened and slides on by the shared rule (lib/passes/next-pass.ts: its first
  // pass over, an hour gone, new elements); this component re-renders then, not every second: the countdowns and
  // "now" marks are leaves that read the clock. The search is made here and weighed in the body: two components,
  // so that React can yield between them (a transition, after hydration), not one task of ~90 ms at 4x on a phone.
  const found = useFoundPasses(satrec, observer, { days, minElevationDeg });
  return (
    <PlannerBody
      tle={tle}
      satrec={satrec}
      response={response}
      refreshError={refreshError}
      place={place}
      observer={observer}
      days={days}
      setDays={setDays}
      passFilters={passFilters}
      found={found}
      tile={tile}
      linkedLocation={linkedLocation}
    />
  );
}

interface PlannerBodyProps extends Pick<TleState, 'tle' | 'satrec' | 'response' | 'refreshError'> {
  place: ObserverState;
  observer: Observer | null;
  days: number;
  setDays: (days: number) => void;
  passFilters: PassFiltersState;
  found: PassSearch | null;
  tile: PassPlannerProps['tile'];
  linkedLocation: boolean;
}

function PlannerBody({
  tle,
  satrec,
  response,
  refreshError,
  place,
  observer,
  days,
  setDays,
  passFilters,
  found,
  tile,
  linkedLocation,
}: PlannerBodyProps) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const icsWords = useTranslations('api.ics');
  const { observer: active, linkProblems, set, forget } = place;
  const { filters, problems: filterProblems, setFilters } = passFilters;
  const { minElevationDeg, visibleOnly } = filters;
  // Times in the observer's own zone by default; this device's zone and UTC on request.
  const [zoneChoice, setZoneChoice] = useState<ZoneChoice>('place');
  const [chosenRiseMs, setChosenRiseMs] = useState<number | null>(null);
  const detailRef = useRef<HTMLElement>(null);

  const { zone: placeZone, pending: placeZonePending } = usePlaceZoneLookup(
    observer?.latitudeDeg,
    observer?.longitudeDeg,
  );
  // If the place's zone cannot load, the times are in this device's zone, labelled so.
  const zone = zoneChoice === 'utc' ? 'UTC' : zoneChoice === 'place' && placeZone ? placeZone : null;

  const search = usePredictedPasses(found, tle);
  const anchorMs = search?.fromMs ?? 0; // only shown with a location, so with a search
  const computed = search?.passes ?? NO_PASSES;
  const predictions = search?.predictions;
  // Only the passes the elements can predict are listed as times; the others are counted in the warning.
  const passes = search?.predictable ?? NO_PASSES;
  const format = useMemo(() => {
    const timeZone = zone ?? deviceTimeZone();
    const label = zoneLabel(timeZone, anchorMs, speech);
    return makeTimeFormat(speech.locale, timeZone, zone === null ? t('list.thisDevice', { zone: label }) : label);
  }, [zone, anchorMs, speech, t]);
  const boundOf = (pass: Pass): string | null => {
    const prediction = predictions?.get(pass);
    return prediction && showsTimingBound(prediction)
      ? formatTimingBound(prediction.timeUncertaintySeconds, speech)
      : null;
  };

  const listed = useMemo(
    () => (observer ? passes.filter((p) => passMatchesFilters(p, observer.longitudeDeg, filters)) : []),
    [passes, observer, filters],
  );
  const next = listed[0] ?? null;
  const nextVisible = passes.find((p) => p.visible) ?? null;
  const selected = listed.find((p) => p.rise.atMs === chosenRiseMs) ?? next;

  const path = useMemo(() => {
    if (!selected || !observer) return [];
    const stepSec = Math.max(2, Math.min(10, selected.durationSec / 150));
    return passPath(satrec, observer, selected, stepSec);
  }, [satrec, observer, selected]);

  const frame = useMemo(() => (observer ? observerFrame(observer) : null), [observer]);

  const circleRadiusKm = useMemo(() => {
    if (!selected) return undefined;
    const s = stateAt(satrec, selected.culmination.atMs);
    return s ? footprintRadiusKm(s.altitudeKm, 0) : undefined;
  }, [satrec, selected]);

  const mapWords = useTranslations('common.map');
  const considered = observer ? computed.filter((p) => passMatchesFilters(p, observer.longitudeDeg, filters)) : [];
  const warning = observer
    ? passListWarning(
        considered.map((p) => predictions?.get(p) ?? passPrediction(tle, p)),
        tle,
        anchorMs,
        speech,
      )
    : null;
  const emptyReason =
    observer && listed.length === 0 && considered.length > 0
      ? t('empty.unpredictable')
      : observer &&
          listed.length === 0 &&
          computed.some((p) => !visibleOnly || p.visible) &&
          (filters.timeOfDay !== 'any' || filters.maxMagnitude !== null)
        ? t('empty.filtered', { days })
        : observer && listed.length === 0
          ? noPassesWords(
              {
                latitudeDeg: observer.latitudeDeg,
                inclinationDeg: tle.inclinationDeg,
                meanMotionRevPerDay: tle.meanMotionRevPerDay,
                eccentricity: tle.eccentricity,
                minElevationDeg,
                days,
                visibleOnly,
                anyPass: computed.length > 0,
              },
              speech,
              t,
            )
          : null;
  const satelliteName = tle.name ?? 'ISS';
  // The export follows the filters: the visible passes of the list as shown.
  const visiblePasses = listed.filter((p) => p.visible);

  const choose = (pass: Pass) => {
    setChosenRiseMs(pass.rise.atMs);
    // On a phone the chart is above the list: bring it into view.
    if (window.matchMedia('(max-width: 900px)').matches)
      detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  if ((active === undefined && linkedLocation) || (zoneChoice === 'place' && placeZonePending)) {
    // Server and hydration render: the page with a location has another layout than the one without, and
    // drawing the wrong one first would make everything jump (layout shift) when the browser reads the link.
    // A placeholder that is replaced, not moved, shifts nothing. Likewise while the place's zone loads (a moment
    // after the location is known): every time on the page would change when it arrives, and with it where
    // headings and lines wrap (CLS 0.10 at 390 px before this wait).
    return (
      <>
        <TimeBanner />
        <div className={styles.pending} aria-busy="true" aria-label={t('readingLink')} />
      </>
    );
  }

  return (
    <>
      <TimeBanner />
      <div className={styles.layout}>
        <div className={styles.location}>
          <LocationPanel observer={active} linkProblems={linkProblems} onSet={set} onForget={forget} />
        </div>

        {observer && frame && next && (
          <div className={styles.next}>
            <NextPass
              pass={next}
              nextVisible={next.visible ? null : nextVisible}
              format={format}
              satrec={satrec}
              frame={frame}
              onSelect={choose}
              timingBound={boundOf(next)}
            />
          </div>
        )}

        {observer && frame && selected && (
          <section
            ref={detailRef}
            className={`${styles.panel} ${styles.detail}`}
            aria-labelledby="detail-heading"
            data-testid="pass-detail"
          >
            <div className={styles.panelHead}>
              <h2 id="detail-heading" className={styles.panelTitle}>
                {t('detail.title', {
                  day: format.day(selected.rise.atMs),
                  time: format.time(selected.rise.atMs),
                  zone: format.zone(selected.rise.atMs),
                })}
                {boundOf(selected) && <span className={styles.muted}> ({boundOf(selected)})</span>}
              </h2>
            </div>
            <SkyChart pass={selected} path={path} format={format} live={{ satrec, frame }} />
            <p className={styles.sentence} data-testid="pass-sentence">
              {describePass(selected, speech)}
            </p>
            <button
              type="button"
              className={styles.button}
              data-testid="ics-one"
              onClick={() =>
                downloadIcs([selected], observer, tle, satelliteName, passFileName(selected), speech, icsWords)
              }
            >
              {t('detail.icsOne')}
            </button>
            <div className={styles.mapBox} aria-label={t('detail.map')}>
              <MapLoader
                satrec={satrec}
                tle={tle}
                orbitsAhead={1}
                orbitsBehind={0}
                follow={false}
                tile={tile}
                picture={
                  <PassMapPicture
                    tle={tle}
                    satrec={satrec}
                    observer={observer}
                    pass={selected}
                    visibilityRadiusKm={circleRadiusKm}
                    legend={{
                      nextOrbit: mapWords('nextOrbit'),
                      lastOrbit: mapWords('lastOrbit'),
                      mayBe: mapWords('mayBe'),
                    }}
                  />
                }
                highlight={{ fromMs: selected.rise.atMs, toMs: selected.set.atMs }}
                observer={{
                  latitudeDeg: observer.latitudeDeg,
                  longitudeDeg: observer.longitudeDeg,
                  visibilityRadiusKm: circleRadiusKm,
                }}
              />
            </div>
            <p className={styles.note}>{t('detail.mapNote')}</p>
          </section>
        )}

        {observer && (
          <section className={`${styles.panel} ${styles.list}`} aria-labelledby="list-heading">
            <div className={styles.panelHead}>
              <h2 id="list-heading" className={styles.panelTitle}>
                {observer.name ? t('list.title', { place: observer.name }) : t('list.titleHere')}
              </h2>
              <span className={styles.muted} data-testid="zone-name">
                {t('list.times', { zone: format.zoneName })}
              </span>
            </div>
            <form
              className={styles.controls}
              onSubmit={(event) => event.preventDefault()}
              aria-label={t('filters.label')}
            >
              <label className={styles.control}>
                {t('filters.days')}
                <select
                  value={days}
                  onChange={(event) => setDays(Number(event.target.value))}
                  className={styles.select}
                  data-testid="days"
                >
                  {DAY_CHOICES.map((d) => (
                    <option key={d} value={d}>
                      {t('filters.dayCount', { count: d })}
                    </option>
                  ))}
                </select>
              </label>
              <label className={styles.control}>
                {t('filters.minElevation')}
                <select
                  value={minElevationDeg}
                  onChange={(event) => setFilters({ ...filters, minElevationDeg: Number(event.target.value) })}
                  className={styles.select}
                  data-testid="min-elevation"
                >
                  {(ELEVATION_CHOICES.includes(minElevationDeg)
                    ? ELEVATION_CHOICES
                    : [...ELEVATION_CHOICES, minElevationDeg].sort((a, b) => a - b)
                  ).map((el) => (
                    <option key={el} value={el}>
                      {el === 0 ? t('filters.horizon') : t('filters.degrees', { value: el })}
                    </option>
                  ))}
                </select>
              </label>
              <label className={styles.control}>
                {t('filters.when')}
                <select
                  value={filters.timeOfDay}
                  onChange={(event) => setFilters({ ...filters, timeOfDay: event.target.value as TimeOfDay })}
                  className={styles.select}
                  data-testid="time-of-day"
                >
                  {TIMES_OF_DAY.map((when) => (
                    <option key={when} value={when}>
                      {t(`filters.timeOfDay.${when}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className={styles.control}>
                {t('filters.brightness')}
                <select
                  value={filters.maxMagnitude === null ? '' : String(filters.maxMagnitude)}
                  onChange={(event) =>
                    setFilters({
                      ...filters,
                      maxMagnitude: event.target.value === '' ? null : Number(event.target.value),
                    })
                  }
                  className={styles.select}
                  data-testid="max-magnitude"
                >
                  <option value="">{t('filters.anyBrightness')}</option>
                  {(filters.maxMagnitude === null || MAGNITUDE_CHOICES.includes(filters.maxMagnitude)
                    ? MAGNITUDE_CHOICES
                    : [...MAGNITUDE_CHOICES, filters.maxMagnitude].sort((a, b) => b - a)
                  ).map((m) => (
                    <option key={m} value={String(m)}>
                      {t('filters.magnitudeOrBrighter', { magnitude: formatMagnitude(m, speech.locale) })}
                    </option>
                  ))}
                </select>
              </label>
              <label className={styles.checkbox}>
                <input
                  type="checkbox"
                  checked={visibleOnly}
                  onChange={(event) => setFilters({ ...filters, visibleOnly: event.target.checked })}
                  data-testid="visible-only"
                />
                {t('filters.visibleOnly')}
              </label>
              <div className={styles.segmented} role="group" aria-label={t('filters.zone')}>
                <button
                  type="button"
                  aria-pressed={zoneChoice === 'place'}
                  onClick={() => setZoneChoice('place')}
                  data-testid="zone-place"
                >
                  {placeZone ? (zonePlaceName(placeZone) ?? t('filters.atSea')) : t('filters.zonePlace')}
                </button>
                <button
                  type="button"
                  aria-pressed={zoneChoice === 'device'}
                  onClick={() => setZoneChoice('device')}
                  data-testid="zone-device"
                >
                  {t('filters.thisDevice')}
                </button>
                <button
                  type="button"
                  aria-pressed={zoneChoice === 'utc'}
                  onClick={() => setZoneChoice('utc')}
                  data-testid="utc-switch"
                >
                  UTC
                </button>
              </div>
              <button
                type="button"
                className={styles.buttonQuiet}
                disabled={visiblePasses.length === 0}
                data-testid="ics-all"
                onClick={() =>
                  downloadIcs(visiblePasses, observer, tle, satelliteName, 'iss-visible-passes.ics', speech, icsWords)
                }
              >
                {filters.timeOfDay === 'any' && filters.maxMagnitude === null
                  ? t('filters.icsAll')
                  : t('filters.icsThese')}
              </button>
            </form>
            <SubscribePanel observer={observer} satrec={satrec} filters={filters} fromMs={anchorMs} days={days} />
            {filterProblems.length > 0 && (
              <p className={styles.warning} role="status" data-testid="filter-problems">
                {t('filters.problems', { problems: filterProblems.map((p) => filterProblem(p, t)).join('; ') })}
              </p>
            )}
            {warning && (
              <p className={styles.warning} role="status" data-testid="tle-warning">
                {warning}
              </p>
            )}
            {emptyReason ? (
              <p className={styles.empty} data-testid="no-passes">
                {emptyReason}
              </p>
            ) : (
              <RenderProfile id="planner-table">
                <PassTable
                  passes={listed}
                  observer={observer}
                  format={format}
                  selectedRiseMs={selected?.rise.atMs ?? null}
                  onSelect={choose}
                  firstRows={FIRST_ROWS}
                  timingBound={boundOf}
                />
              </RenderProfile>
            )}
          </section>
        )}

        <div className={styles.tle}>
          <TleBadge tle={tle} source={response.source} liveSource={response.liveSource} refreshError={refreshError} />
        </div>
      </div>
    </>
  );
}

/**
 * The chosen pass on the map as a picture, until Leaflet takes over (at the first input, or once the page has
 * settled): on a phone, building Leaflet while the list appears would hold the page for a third of a second. A
 * component of its own, so that its geometry (~7 ms at 1x) is a unit of work React can yield before.
 */
function PassMapPicture({
  tle,
  satrec,
  observer,
  pass,
  visibilityRadiusKm,
  legend,
}: {
  tle: TleState['tle'];
  satrec: TleState['satrec'];
  observer: Observer;
  pass: Pass;
  visibilityRadiusKm: number | undefined;
  legend: { nextOrbit: string; lastOrbit: string; mayBe: string };
}) {
  const source = useTickSource();
  const data = useMemo(
    () =>
      mapPicture({ tle, satrec }, source.now(), {
        orbitsAhead: 1,
        orbitsBehind: 0,
        follow: false,
        highlight: { fromMs: pass.rise.atMs, toMs: pass.set.atMs },
        observer: { ...observer, visibilityRadiusKm },
      }),
    [tle, satrec, source, observer, pass, visibilityRadiusKm],
  );
  return <MapPicture data={data} legend={legend} />;
}
