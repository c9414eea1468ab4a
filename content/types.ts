/**
 * Calendar dates at the precision the source supports: a year ("1998"), a month ("2021-07") or a
 * day ("2021-11-08"). Each form is a valid HTML `<time dateTime>` value, and plain string order is
 * chronological order (a month sorts before the days inside it).
 */
export type IsoDate = string;

/**
 * One titled block of story text. Only its shape lives here: the title and body are messages
 * (`story.<panel>.…<id>.title` and `.body` in messages/<locale>.json), so each language can word them in
 * its own way. Every sentence there is written for this project, not lifted.
 */
export interface ContextEntry<Id extends string = string> {
  /** Also the entry's key in the messages. */
  id: Id;
  /** When the entry happened; its text receives it as the ICU argument `date`. */
  date?: IsoDate;
  /** Numbers the text states (e.g. years in space), as ICU arguments, so each language formats them itself. */
  figures?: Readonly<Record<string, number>>;
  tags: readonly string[];
  /**
   * How to lay out the body: running paragraphs (the default; the message wraps each in `<p>`) or a bulleted
   * list of parallel points (each in `<li>`).
   */
  bodyStyle?: 'paragraphs' | 'list';
}

/** A dated entry, as a timeline needs it. */
export interface TimelineEntry<Id extends string = string> extends ContextEntry<Id> {
  date: IsoDate;
}

export type FleetKind = 'telescope' | 'rover' | 'probe' | 'station';

/** Agencies by message key (`story.fleet.agencies.<id>`): their abbreviations differ between languages. */
export type AgencyId = 'nasa' | 'esa' | 'csa';

export type FleetMemberId = 'hubble' | 'perseverance' | 'curiosity' | 'juno' | 'webb';

/** What a milestone was, by message key (`story.fleet.milestones.<id>`). */
export type MilestoneId = 'landed-on-mars' | 'reached-jupiter' | 'first-images';

export interface Milestone {
  id: MilestoneId;
  date: IsoDate;
}

/** Message keys of the notes on what happened after the article (`story.fleet.updates.<id>`). */
export type FleetUpdateId = 'webb-launched';

export interface FleetUpdate {
  id: FleetUpdateId;
  /** The dates the note states, by ICU argument name. */
  dates: Readonly<Record<string, IsoDate>>;
}

/**
 * One of the other exploration tools the source article names next to the station. Its name, workplace and
 * summary are messages (`story.fleet.members.<id>`): names too, as several are translated ("Weltraumteleskop
 * Hubble", "ハッブル宇宙望遠鏡").
 */
export interface FleetMember {
  id: FleetMemberId;
  kind: FleetKind;
  /** Agencies that built and fly it. */
  operators: readonly AgencyId[];
  launched: IsoDate;
  /** Later milestones (landing, arrival, first images), oldest first; launch is not repeated here. */
  milestones: readonly Milestone[];
  /** Numbers its texts state (e.g. the distance in the workplace), as ICU arguments. */
  figures?: Readonly<Record<string, number>>;
  /** Set when the article's 2021 wording has been overtaken by events; its message says what happened since. */
  sinceTheArticle?: FleetUpdate;
}

/**
 * Where the story comes from. The credit line at the foot of every panel is the message `story.credit`; these
 * are the facts behind it.
 */
export interface SourceCredit {
  /** Month the source was written. */
  written: IsoDate;
  photo: {
    photographer: string;
    /** The agency the photographer flew for, which also published the photo (on its blog). */
    agency: string;
    taken: IsoDate;
  };
}
