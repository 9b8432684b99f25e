/**
 * Workbook exports ({@code .xlsx}/{@code .xlsm}, {@code .xls}, {@code .ods}), each read
 * by streaming its first sheet. Used by {@code ingest}; uses {@code ingest.export} and
 * {@code ingest.layout}.
 */
package org.quickfreeze.ingest.workbook;
