/** The two detectors the eval and the benchmark compare, as text → tier. */
import { detectCrisis } from '../../src/safety/detection/index.ts';
import { baselineDetect } from './baseline.ts';
import type { Detector } from './evaluate.ts';

/** Tiered detection (`src/safety/detection`). */
export const tiered: Detector = (text) => detectCrisis(text).tier;

/** The old phrase list: a match sent help at once, so it counts as act. */
export const baseline: Detector = (text) => (baselineDetect(text) ? 'act' : 'none');
