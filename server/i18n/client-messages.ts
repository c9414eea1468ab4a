import type { AbstractIntlMessages } from 'next-intl';

/**
 * Namespaces only server components and route handlers read: the story panels, the developers page, the API's
 * texts. The browser never needs them, so they stay out of the messages every page hands its client components
 * (they would ride along in each page's HTML). The one exception is the calendar's words (`api.ics`): the passes
 * page builds its .ics downloads in the browser, so the location never leaves the device.
 */
const SERVER_ONLY_NAMESPACES = new Set(['story', 'developers', 'api']);

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const kept: AbstractIntlMessages = Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => !SERVER_ONLY_NAMESPACES.has(namespace)),
  );
  const api = messages.api;
  if (typeof api === 'object' && typeof api.ics === 'object') kept.api = { ics: api.ics };
  return kept;
}
