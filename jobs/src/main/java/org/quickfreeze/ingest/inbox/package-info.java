/**
 * The inbox the registers drop their exports into, and the archive step that moves loaded
 * files to {@code archive/<day>/} and unusable ones to {@code failed/}. Used by nothing
 * but Spring; uses {@code ingest} and {@code run}.
 */
package org.quickfreeze.ingest.inbox;
