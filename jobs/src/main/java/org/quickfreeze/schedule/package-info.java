/**
 * The unattended runs: monthly and weekly on the inbox, at the configured cron times.
 * Used by {@code cli}; uses {@code job} and {@code run}.
 */
package org.quickfreeze.schedule;
