/**
 * The output step: builds the report model from the stored findings, figures and rejects,
 * and writes the CSVs, workbooks and PDFs (rendered by the {@code reports} module) side
 * by side; the console summary. Used by {@code job} and {@code cli}; uses {@code audit},
 * {@code ingest}, {@code run} and {@code reports}.
 */
package org.quickfreeze.output;
