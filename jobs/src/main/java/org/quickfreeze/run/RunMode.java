package org.quickfreeze.run;

/**
 * What a run writes: the monthly compliance run every output, the weekly due-soon check
 * only the findings and the due-soon list.
 */
public enum RunMode {

    COMPLIANCE, WEEKLY

}
