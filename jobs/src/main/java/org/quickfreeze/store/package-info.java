/**
 * The stored case requests, written by {@code ingest} and read by {@code audit}: the
 * record, its codes (direction, type, status, instrument) and its repository. The lowest
 * package: it uses nothing of the project.
 */
package org.quickfreeze.store;
