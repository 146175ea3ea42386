/**
 * The one way the platform writes CSV: {@link fr.coopex.shared.csv.CsvFile}, on Apache
 * Commons CSV. It neutralises cells a spreadsheet would run as formulas (OWASP's rule)
 * and writes the spreadsheet format of the reader's language.
 */
package fr.coopex.shared.csv;
