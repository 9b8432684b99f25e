/**
 * {@code .xlsx} exports, read by streaming the first sheet. Used by {@code ingest}; uses
 * {@code ingest.export} and {@code ingest.layout}.
 */
package org.quickfreeze.ingest.workbook;
