/**
 * The compliance audit job: its steps in order ({@code AuditJobConfiguration}), the run's
 * typed parameters as a step-scoped bean, and {@code RunLauncher}, which starts, refuses
 * and restarts runs. Used by {@code cli} and {@code schedule}; uses {@code run} and
 * {@code ingest} (to fingerprint the inputs). Each step is wired in its own feature
 * package.
 */
package org.quickfreeze.job;
