/**
 * CSV exports: delimiter detection, the header, record-by-record reading with Commons CSV
 * within bounds. Used by {@code ingest} and {@code benchmark}; uses {@code
 * ingest.export} and {@code ingest.layout}.
 */
package org.quickfreeze.ingest.csv;
