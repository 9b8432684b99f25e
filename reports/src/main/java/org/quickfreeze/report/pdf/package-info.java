/**
 * The monthly and committee PDFs: JasperReports templates compiled once, embedded fonts,
 * charts. Uses {@code report.model}.
 */
package org.quickfreeze.report.pdf;
