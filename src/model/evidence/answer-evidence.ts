import type { LocalizedMedia, LocalizedText } from '../activity/lang.ts';

/**
 * What a kind's rules say one answer is evidence of, before it becomes an xAPI statement.
 * Each kind fills this from its own moves; `statement.ts` wraps it with who, when and where.
 */
export interface AnswerEvidence {
  itemIndex: number;
  /** xAPI interaction type: choice, fill-in, matching, sequencing, numeric, other… */
  interactionType: 'choice' | 'fill-in' | 'long-fill-in' | 'matching' | 'sequencing' | 'numeric' | 'true-false' | 'performance' | 'other';
  prompt: LocalizedText;
  choices?: { id: string; description: LocalizedText | LocalizedMedia }[];
  /** For matching: the things moved and the places they go. */
  source?: { id: string; description: LocalizedText | LocalizedMedia }[];
  target?: { id: string; description: LocalizedText | LocalizedMedia }[];
  correctResponsesPattern?: string[];
  /** The response in xAPI's format for the interaction type ("a[,]c" for choice). */
  response: string;
  success: boolean;
  /** 1 for the first try of this item. */
  attempt: number;
  /** Hints given so far on this item. */
  hints: number;
  competencies: string[];
  /** The item ended with this answer (right, or the answer shown). */
  completed: boolean;
  /** What the child made (a traced letter, as an SVG document), kept with the evidence. */
  product?: string;
  /** Steps made with the keyboard for the child (a traced stroke drawn by its twin). */
  byKey?: number;
}
