// The Earth model SGP4 is defined with (WGS72, as in satellite.js/constants and Vallado's getgravconst('wgs72')).
// Kept apart from the WGS84 ellipsoid of geodetic.ts: element sets are fitted with these values, so anything that
// reads SGP4's units back (satrec.a in Earth radii, the mean motion) must use them too.

/** Equatorial radius, km: SGP4's unit of length (satrec.a is in these). */
export const WGS72_EARTH_RADIUS_KM = 6378.135;
/** Earth's gravitational parameter, km^3/s^2. */
export const WGS72_MU_KM3_PER_S2 = 398600.8;
