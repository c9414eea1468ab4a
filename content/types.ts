/**
 * Calendar dates at the precision the source supports: a year ("1998"), a month ("2021-07") or a
 * day ("2021-11-08"). Each form is a valid HTML `<time dateTime>` value, and plain string order is
 * chronological order (a month sorts before the days inside it).
 */
export type IsoDate = string;

/** One titled block of story text. Every sentence is written for this project, not lifted. */
export interface ContextEntry {
  id: string;
  title: string;
  /** Paragraphs, in reading order. */
  body: string[];
  date?: IsoDate;
  tags: string[];
  /** How to lay out `body`: running paragraphs (the default) or a bulleted list of parallel points. */
  bodyStyle?: 'paragraphs' | 'list';
}

/** A dated entry, as a timeline needs it. */
export interface TimelineEntry extends ContextEntry {
  date: IsoDate;
}

export type FleetKind = 'telescope' | 'rover' | 'probe' | 'station';

export interface Milestone {
  label: string;
  date: IsoDate;
}

/** One of the other exploration tools the source article names next to the station. */
export interface FleetMember {
  id: string;
  name: string;
  kind: FleetKind;
  /** Agencies that built and fly it. */
  operators: string[];
  /** Where it works: an orbit, a planet, a point in space. */
  workplace: string;
  summary: string;
  launched: IsoDate;
  /** Later milestones (landing, arrival, first images), oldest first; launch is not repeated here. */
  milestones: Milestone[];
  /** Set when the article's 2021 wording has been overtaken by events; says what happened since. */
  sinceTheArticle?: string;
}

/** Where the story comes from, shown at the foot of every context panel. */
export interface SourceCredit {
  /** What the source is, in a few words. */
  kind: string;
  /** Month the source was written. */
  written: IsoDate;
  /** One-line credit suitable for a panel footer. */
  short: string;
  /** A fuller note on what the source covers and what this project did with it. */
  details: string[];
  photo: {
    photographer: string;
    photographerAgency: string;
    publishedBy: string;
    taken: IsoDate;
  };
}
