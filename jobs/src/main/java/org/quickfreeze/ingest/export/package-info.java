/**
 * One export whatever its format: its records, header and rows keyed by canonical column,
 * the bounds on a record, the bytes of a file, and why a file cannot be used. Used by the
 * other ingest packages and {@code cli}; uses {@code ingest.layout}.
 */
package org.quickfreeze.ingest.export;
