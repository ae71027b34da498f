package dabiao.engine;

import dabiao.model.Period;

/**
 * One stretch of time a target is judged over: its whole plan period, or one year of a yearly quota.
 *
 * @param year     the quota's year, or null for a plan period
 * @param deadline when the stretch ends and the target is judged
 */
record Window(Integer year, Period deadline) {
}
