/**
 * The report model: records of every figure, list and row the outputs show, built by the
 * jobs' output step. Used by the rest of this module and by the jobs; uses nothing.
 */
package org.quickfreeze.report.model;
