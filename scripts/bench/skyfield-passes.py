"""Skyfield on the same case as scripts/bench/passes.ts: every ISS pass (0 deg horizon) over London for the
10 days after the TLE epoch, with find_events. Prints one JSON line. Run by scripts/bench.ts with Debian's
python3 (/usr/bin/python3) when python3-skyfield is installed; it needs no ephemeris file and no network."""
import json
import sys
import time

from sgp4.api import accelerated
from skyfield.api import EarthSatellite, load, wgs84

LINE1 = "1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998"
LINE2 = "2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    ts = load.timescale(builtin=True)
    sat = EarthSatellite(LINE1, LINE2, "ISS (ZARYA)", ts)
    london = wgs84.latlon(51.5074, -0.1278, elevation_m=0)
    t0 = sat.epoch
    t1 = ts.tt_jd(t0.tt + 10.0)
    times, events = sat.find_events(london, t0, t1, altitude_degrees=0.0)  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        times, events = sat.find_events(london, t0, t1, altitude_degrees=0.0)
        samples.append((time.perf_counter() - start) * 1000.0)
    samples.sort()
    median = samples[len(samples) // 2] if runs % 2 else (samples[runs // 2 - 1] + samples[runs // 2]) / 2
    culminations = sum(1 for e in events if e == 1)
    print(json.dumps({
        "medianMs": round(median, 3),
        "runs": runs,
        "passes": culminations,
        "sgp4Accelerated": bool(accelerated),
        "skyfield": __import__("skyfield").__version__,
    }))


if __name__ == "__main__":
    main()
