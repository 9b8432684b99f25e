package org.quickfreeze.run;

/** The parameters that identify a run of the compliance audit. */
public final class JobParameterNames {

    public static final String INPUTS = "inputs";

    public static final String INPUT_SET = "inputSet";

    public static final String MODE = "mode";

    public static final String INBOX = "inbox";

    public static final String AS_OF = "asOf";

    public static final String PERIOD = "period";

    public static final String PARTY = "party";

    public static final String OUT = "out";

    public static final String RUN_ID = "run.id";

    /** Whether the run sends its mail: not part of what identifies it. */
    public static final String DELIVER = "deliver";

    private JobParameterNames() {
    }

}
