package org.quickfreeze.audit;

/**
 * How an MLA request was found to follow up a preservation; declared in tie-break order.
 */
public enum LinkKind {

    EXPLICIT, CASE_REFERENCE

}
