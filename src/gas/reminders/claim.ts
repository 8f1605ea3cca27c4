/**
 * The send claim: which run may send e-mails now. A run plans under the document lock, claims what it
 * planned, and sends after releasing the lock; the claim is what keeps an overlapping run from planning
 * the same e-mails before they are in the send log (see the top of src/triggers/hourly-job.ts).
 *
 * One claim per register, in one document property: the run's id, when it claimed, and when the claim
 * lapses if it is never released — 6 minutes after its execution began (Apps Script has killed it by
 * then) plus a margin. It covers every e-mail the run planned: while it stands, no other run plans or
 * sends. It is made and checked under the document lock; the claimant releases it, without the lock,
 * once everything it sent is in the send log.
 *
 * It is also the run's checkpoint: every `CHECKPOINT_EVERY` e-mails, what was sent since the last
 * checkpoint is added to the claim's `sent` (one property write: durable at once, where a send log write
 * needs a flush). A run that finds the claim lapsed puts those e-mails in the send log before planning
 * (`recoverSent` in src/triggers/delivery.ts). A claim that would outgrow a property's 9 KB is not
 * written: that checkpoint goes to the send log, flushed, and the claim's list starts again.
 */
import { utf8Length } from '../../core/bytes';
import { documentProperties } from '../properties';
import type { LogKind } from './send-log';
import { EXECUTION_LIMIT_MS } from './sender';

const CLAIM_KEY = 'nhacviec.reminders.claim';
/** Past the execution limit: Google's kill is not to the millisecond, and the run began before `startedAt`. */
export const CLAIM_MARGIN_MS = 60_000;
/**
 * A checkpoint (the claim's `sent`, or the send log) after every this many e-mails: a run killed while
 * sending has at most this many e-mails sent and not recorded, which a later run sends again.
 */
export const CHECKPOINT_EVERY = 20;
/** A property holds 9 KB: a claim larger than this is not written (the checkpoint goes to the log). */
const CLAIM_MAX_BYTES = 8000;

/**
 * An e-mail sent (or failed for good) and not yet in the send log, as the claim keeps it: when, to
 * whom, its log code and kind, its tasks (', '-joined), and its notifications' keys (a digest's marker
 * key follows from its kind: it alone stops the digest being sent again today).
 */
export type SentRecord = [
  at: number,
  to: string,
  code: 'sent' | 'failed',
  kind: LogKind,
  tasks: string,
  keys: string[],
];

export interface SendClaim {
  /** The claiming run (a UUID). */
  run: string;
  /** When the claim was made, epoch ms. */
  at: number;
  /** When it lapses unless released: its execution cannot be alive by then. */
  until: number;
  /** The day it was made for, yyyy-MM-dd (Viet Nam). */
  iso: string;
  /** E-mails planned. */
  planned: number;
  /** Sent since the run's last write to the send log (checkpoints). */
  sent: SentRecord[];
}

type Props = GoogleAppsScript.Properties.Properties;

export function readClaim(props: Props = documentProperties()): SendClaim | null {
  const raw = props.getProperty(CLAIM_KEY);
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as Partial<SendClaim>;
    if (typeof c.run !== 'string' || typeof c.until !== 'number') return null;
    const sent = Array.isArray(c.sent) ? c.sent : [];
    return { run: c.run, at: c.at ?? 0, until: c.until, iso: c.iso ?? '', planned: c.planned ?? 0, sent };
  } catch {
    return null; // damaged: treated as lapsed, as a run that died mid-write would leave it
  }
}

/** Whether the claim stops `run` from sending at `now` (another run's claim, not lapsed). */
export function claimedByOther(claim: SendClaim | null, run: string, now: number): boolean {
  return claim !== null && claim.run !== run && claim.until > now;
}

/**
 * Whether the claim lapsed unreleased today: its run died while sending, and up to `CHECKPOINT_EVERY`
 * of its e-mails may be sent again. (A lapsed claim of an earlier day means nothing now: keys carry
 * their day.)
 */
export function interruptedToday(claim: SendClaim | null, iso: string, now: number): boolean {
  return claim !== null && claim.until <= now && claim.iso === iso;
}

/** Drops a lapsed claim (under the document lock, by a run that plans nothing to send). */
export function dropLapsedClaim(
  claim: SendClaim | null,
  now: number,
  props: Props = documentProperties(),
): void {
  if (claim !== null && claim.until <= now) props.deleteProperty(CLAIM_KEY);
}

/** Claims the e-mails `run` planned. Under the document lock, after checking `claimedByOther`. */
export function writeClaim(
  run: string,
  startedAt: number,
  iso: string,
  planned: number,
  props: Props = documentProperties(),
): SendClaim {
  const claim: SendClaim = {
    run,
    at: Date.now(),
    until: startedAt + EXECUTION_LIMIT_MS + CLAIM_MARGIN_MS,
    iso,
    planned,
    sent: [],
  };
  props.setProperty(CLAIM_KEY, JSON.stringify(claim));
  return claim;
}

/** A checkpoint: the claim with what was sent since, written if it fits in a property (else false). */
export function checkpointClaim(claim: SendClaim, props: Props = documentProperties()): boolean {
  const json = JSON.stringify(claim);
  if (utf8Length(json) > CLAIM_MAX_BYTES) return false;
  props.setProperty(CLAIM_KEY, json);
  return true;
}

/**
 * Drops `run`'s claim once everything it sent is in the send log. Needs no lock: only a claimant
 * writes the key, and nobody else can claim while this claim stands.
 */
export function releaseClaim(run: string, props: Props = documentProperties()): void {
  const claim = readClaim(props);
  if (claim && claim.run === run) props.deleteProperty(CLAIM_KEY);
}
