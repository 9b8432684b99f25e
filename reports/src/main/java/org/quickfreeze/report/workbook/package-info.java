/**
 * The compliance workbook and the European orders return ({@code .xlsx}, streamed with
 * SXSSF): one class per sheet that is more than a table. Uses {@code report.model}.
 */
package org.quickfreeze.report.workbook;
