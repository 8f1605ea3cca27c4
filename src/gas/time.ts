/** "Today" for the register: the calendar day in Viet Nam, whatever zone the script or machine is in. */
import { dayOfInstant, VN_OFFSET_MINUTES } from '../core/civil-date';

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function todayVN(now: number = Date.now()): number {
  return dayOfInstant(now, VN_OFFSET_MINUTES);
}
