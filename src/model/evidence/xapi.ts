/** The xAPI 1.0.3 shapes we write (a subset of the spec: what our statements use). */
export type LanguageMap = Record<string, string>;

export interface Agent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
  /** Only on the way to an LRS whose teacher chose to send names; never stored on the device. */
  name?: string;
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface ActivityRef {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: string;
  correctResponsesPattern?: string[];
  choices?: { id: string; description: LanguageMap }[];
  source?: { id: string; description: LanguageMap }[];
  target?: { id: string; description: LanguageMap }[];
  extensions?: Record<string, unknown>;
}

export interface Result {
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  score?: { raw: number; min: number; max: number; scaled: number };
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: ActivityRef;
  result?: Result;
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities: { parent?: ActivityRef[]; category?: ActivityRef[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

/** ADL verbs (http://adlnet.gov/expapi/verbs/…), with the names a teacher reads. */
export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'vi-VN': 'đã trả lời' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'vi-VN': 'đã hoàn thành' } },
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced', 'vi-VN': 'đã khám phá' } },
} as const satisfies Record<string, Verb>;

/** The language tags of xAPI language maps, for the player's languages. */
export const LANGUAGE_TAGS = { vi: 'vi-VN', en: 'en-US' } as const;

/** IRIs of our own: URNs, since the player has no web host of its own to name. */
export const IRI = {
  activity: (id: string) => `urn:lopvui:activity:${id}`,
  item: (id: string, index: number) => `urn:lopvui:activity:${id}:item:${index + 1}`,
  competency: (code: string) => `urn:lopvui:competency:${code}`,
  ext: {
    attempt: 'urn:lopvui:ext:attempt',
    hints: 'urn:lopvui:ext:hints',
    activityVersion: 'urn:lopvui:ext:activity-version',
    stars: 'urn:lopvui:ext:stars',
    product: 'urn:lopvui:ext:product-svg',
    byKey: 'urn:lopvui:ext:by-keyboard',
  },
  interactionType: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessmentType: 'http://adlnet.gov/expapi/activities/assessment',
} as const;
