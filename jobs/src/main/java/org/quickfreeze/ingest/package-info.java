/**
 * The steps that bring exports into the store: inspect each input file, read its records
 * ({@code CaseExportReader}) and validate each row ({@code RowProcessor}) ahead of the
 * step ({@code ReadAhead}), write requests and rejects ({@code CaseRequestWriter}), mark
 * files loaded. Owns the tables of files and rejects ({@code SourceFileRepository},
 * {@code RejectRepository}). Sub-packages read the formats: {@code export},
 * {@code layout}, {@code csv}, {@code workbook}, {@code validation}, {@code inbox}. Used
 * by {@code job}, {@code output} and {@code
 * cli}; uses {@code store} and {@code run}.
 */
package org.quickfreeze.ingest;
