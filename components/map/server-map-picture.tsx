import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { PictureOptions } from '@/app-logic/map/map-picture';
import type { TleReport } from '@/server/api/tle-report';
import { pagePicture } from '@/server/map/map-picture';
import type { EpochMs } from '@/lib/units';
import { MapPicture } from './map-picture';

/** The map's picture in a page's HTML: from the elements the page hands its client, placed before any script. */
export async function ServerMapPicture({
  report,
  atMs,
  options,
}: {
  report: TleReport;
  atMs: EpochMs;
  options: PictureOptions;
}) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const t = await getTranslations('common.map');
  return (
    <MapPicture
      data={pagePicture(report, atMs, options)}
      legend={{ nextOrbit: t('nextOrbit'), lastOrbit: t('lastOrbit'), mayBe: t('mayBe') }}
      nonce={nonce}
    />
  );
}
