package dabiao.model;

/**
 * How a running total ({@link Basis#CUMULATIVE}) is counted: from 1 January of {@code since}, as the
 * name says (新引进品牌首店(2021年起累计): since 2021), and, when {@code yearly} names one, as the sum
 * of that year-to-date indicator's year-end figures (当年新增各类品牌首店). So at the end of 2020 the total
 * since 2021 is 0, and in 2025-Q2 it is the yearly counts of 2021 to 2024 plus 2025's count so far.
 *
 * @param since  the first year counted
 * @param yearly the code of the year-to-date indicator it sums, or null when the catalog names none
 */
public record RunningTotal(int since, String yearly) {
}
