package org.quickfreeze.ingest.validation;

/** Why a row was not loaded; the codes of the case-export contract. */
public enum RejectCode {

    MISSING_FIELD, BAD_CODE, BAD_COUNTRY, BAD_DATE, DATE_ORDER, SAME_PARTY, DUPLICATE_ID, MALFORMED_ROW

}
