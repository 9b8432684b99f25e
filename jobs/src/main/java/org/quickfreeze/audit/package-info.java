/**
 * The rules: matching follow-ups to preservations, the state of each preservation as of D
 * ({@code StateRule}), the statistics (follow-up, period, Kaplan–Meier, durations,
 * volumes, trend, European orders) and the audit step that stores findings and figures
 * ({@code FindingRepository}, {@code RequestFiguresRepository}). Pure rule classes take
 * findings or requests and return figures. Used by {@code output}; uses {@code store},
 * {@code run} and the report model.
 */
package org.quickfreeze.audit;
